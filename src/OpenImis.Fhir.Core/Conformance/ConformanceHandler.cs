using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// Read and search over conformance resources held in memory. They never change while the server runs, so a
/// version id is a digest of the content: stable across restarts, and different as soon as the guide changes.
/// </summary>
internal abstract class ConformanceHandler<T> : ITypedResourceHandler<T>, IReadHandler, ISearchHandler
    where T : Resource, IVersionableConformanceResource
{
    private readonly ConditionalWeakTable<T, string> _versions = [];
    private IReadOnlyList<SearchParameter<T>>? _parameters;

    public string ResourceType => ModelInfo.GetFhirTypeNameForType(typeof(T))!;

    public IReadOnlyList<string> Profiles => [$"http://hl7.org/fhir/StructureDefinition/{ResourceType}"];

    public IReadOnlyList<ISearchParameter> SearchParameters => Parameters;

    /// <summary>The resources served.</summary>
    protected abstract IReadOnlyList<T> Resources { get; }

    /// <summary>The type's own parameters, after <c>_id</c>, <c>url</c>, <c>version</c> and <c>name</c>.</summary>
    protected virtual IReadOnlyList<SearchParameter<T>> TypeParameters => [];

    private IReadOnlyList<SearchParameter<T>> Parameters => _parameters ??= [.. ConformanceSearchParameters.Common<T>(), .. TypeParameters];

    public async Task<Resource> ReadAsync(string id, CancellationToken cancellationToken) =>
        Emit(await CurrentAsync(Find(id), cancellationToken));

    public async Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        var resource = await CurrentAsync(Find(id), cancellationToken);
        return VersionOf(resource) == versionId
            ? Emit(resource)
            : throw FhirException.NotFound($"{ResourceType}/{id} has no version '{versionId}'; only the current one is kept.");
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var matches = Resources.AsQueryable();
        foreach (var criterion in query.Criteria)
        {
            var parameter = Parameters.First(p => ReferenceEquals(p, criterion.Parameter));
            matches = matches.Where(parameter.PredicateFor(criterion));
        }

        var all = Order(matches, query.Sort).ToList();
        int? total = query.Total == TotalMode.Accurate ? all.Count : null;
        var page = new List<Resource>();
        foreach (var match in all.Skip(query.Offset).Take(query.Count))
        {
            page.Add(Emit(await CurrentAsync(match, cancellationToken)));
        }

        return new SearchResult(page, total);
    }

    /// <summary>The content served for a loaded resource; the resource itself unless a subclass brings it up to date.</summary>
    protected virtual Task<T> CurrentAsync(T resource, CancellationToken cancellationToken) => System.Threading.Tasks.Task.FromResult(resource);

    /// <summary>The loaded resource with that id; an unknown id is a 404.</summary>
    protected virtual T Find(string id) =>
        Resources.FirstOrDefault(r => r.Id == id) ?? throw FhirException.NotFound($"{ResourceType}/{id} is not known.");

    // A copy: the response writer marks subsets in meta, and the loaded resource is shared by every request.
    private Resource Emit(T resource)
    {
        var copy = (T)resource.DeepCopy();
        copy.Meta ??= new Meta();
        copy.Meta.VersionId = VersionOf(resource);
        return copy;
    }

    // Keyed by instance: a resource brought up to date is a new instance with its own digest.
    private string VersionOf(T resource) => _versions.GetValue(resource, r =>
        Convert.ToHexStringLower(SHA256.HashData(new FhirJsonSerializer().SerializeToBytes(r)))[..16]);

    private IQueryable<T> Order(IQueryable<T> matches, IReadOnlyList<SortOrder> sort)
    {
        var first = true;
        foreach (var order in sort)
        {
            var parameter = Parameters.First(p => ReferenceEquals(p, order.Parameter));
            matches = parameter.SortKey!.Apply(matches, order.Descending, thenBy: !first);
            first = false;
        }

        return first ? matches.OrderBy(r => r.Id) : ((IOrderedQueryable<T>)matches).ThenBy(r => r.Id);
    }
}
