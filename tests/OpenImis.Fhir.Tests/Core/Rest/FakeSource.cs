using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Rest;

/// <summary>An in-memory source of Organizations of one kind, for the composite handler's tests.</summary>
internal sealed class FakeSource(string profile, IReadOnlyList<Organization> rows, bool writable = true)
    : ITypedResourceHandler<Organization>, IResourceSource, ICreateHandler, IDeleteHandler
{
    public List<Organization> Rows { get; } = [.. rows];

    public List<SearchQuery> Queries { get; } = [];

    public string ResourceType => "Organization";

    public IReadOnlyList<string> Profiles => [profile];

    public IReadOnlyList<ISearchParameter> SearchParameters { get; } =
    [
        OpenImis.Fhir.Core.Search.SearchParameters.Text<Organization>("name", "Organization.name", "Name", o => o.Name),
    ];

    public bool Supports(Type interaction) =>
        interaction.IsInstanceOfType(this) && (writable || (interaction != typeof(ICreateHandler) && interaction != typeof(IDeleteHandler)));

    public bool Accepts(Resource resource) => resource.Meta?.Profile.Contains(profile) == true;

    public Task<bool> HoldsAsync(string id, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult(Rows.Any(r => r.Id == id));

    public Task<Resource> ReadAsync(string id, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<Resource>(Rows.Single(r => r.Id == id));

    public Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken) => ReadAsync(id, cancellationToken);

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        var matches = Rows.Where(r => query.Criteria.All(c => c.Values.Any(v => r.Name?.StartsWith(((StringValue)v).Value, StringComparison.OrdinalIgnoreCase) == true))).ToList();
        var page = matches.Skip(query.Offset).Take(query.Count).Cast<Resource>().ToList();
        return System.Threading.Tasks.Task.FromResult(new SearchResult(page, matches.Count));
    }

    public Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken)
    {
        var entries = Rows.Select(r => new HistoryEntry(r, r.Id, "1", r.Meta!.LastUpdated!.Value.UtcDateTime, Bundle.HTTPVerb.POST))
            .OrderByDescending(e => e.LastUpdated).ToList();
        return System.Threading.Tasks.Task.FromResult(new HistoryResult(entries.Skip(query.Offset).Take(query.Count).ToList(), entries.Count));
    }

    public Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken)
    {
        var created = (Organization)resource.DeepCopy();
        created.Id = Guid.NewGuid().ToString();
        Rows.Add(created);
        return System.Threading.Tasks.Task.FromResult<Resource>(created);
    }

    public System.Threading.Tasks.Task<string?> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken) =>
        Rows.RemoveAll(r => r.Id == id) == 1 ? System.Threading.Tasks.Task.FromResult<string?>("1") : throw FhirException.NotFound(id);
}
