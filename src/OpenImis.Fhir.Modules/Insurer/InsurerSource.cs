using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>
/// The insurer as one source of Organization: a single resource built from configuration, read and searched in
/// memory. It has one version, stamped when the server started; nothing writes it.
/// </summary>
internal sealed class InsurerSource(InsurerDescription insurer) : IResourceSource, ITypedResourceHandler<Organization>
{
    public string ResourceType => "Organization";

    public IReadOnlyList<string> Profiles { get; } = [OpenImisIg.InsuranceOrganizationProfile];

    public IReadOnlyList<ISearchParameter> SearchParameters => InsurerSearchParameters.All;

    public bool Accepts(Resource resource) => false;

    public Task<bool> HoldsAsync(string id, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult(IsInsurer(id));

    public Task<Resource> ReadAsync(string id, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<Resource>(IsInsurer(id) ? insurer.Resource() : throw NotFound(id));

    public Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<Resource>(
            IsInsurer(id) && versionId == InsurerDescription.VersionId
                ? insurer.Resource()
                : throw FhirException.NotFound($"Organization/{id} has no version '{versionId}'."));

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var rows = new[] { insurer.Entry }.AsQueryable();
        foreach (var criterion in query.Criteria)
        {
            var parameter = (SearchParameter<InsurerEntry>)criterion.Parameter;
            rows = rows.Where(Predicates.Any(criterion.Values.Select(parameter.PredicateFor)));
        }

        var total = rows.Count();
        IReadOnlyList<Resource> page = query.Offset < total && query.Count > 0 ? [insurer.Resource()] : [];
        return System.Threading.Tasks.Task.FromResult(new SearchResult(page, query.Total == TotalMode.Accurate ? total : null));
    }

    public Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken)
    {
        if (id is not null && !IsInsurer(id))
        {
            throw NotFound(id);
        }

        var entry = new HistoryEntry(insurer.Resource(), insurer.Entry.Id, InsurerDescription.VersionId, insurer.Entry.LastUpdated, Bundle.HTTPVerb.PUT);
        var matches = query.Since is { } since && insurer.Entry.LastUpdated < since ? 0 : 1;
        IReadOnlyList<HistoryEntry> page = matches == 1 && query.Offset == 0 && query.Count > 0 ? [entry] : [];
        return System.Threading.Tasks.Task.FromResult(new HistoryResult(page, matches));
    }

    private bool IsInsurer(string id) => string.Equals(id, insurer.Entry.Id, StringComparison.OrdinalIgnoreCase);

    private static FhirException NotFound(string id) => FhirException.NotFound($"Organization/{id} is not known.");
}
