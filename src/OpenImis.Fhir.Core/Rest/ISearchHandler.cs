using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The search-type interaction.</summary>
public interface ISearchHandler : IResourceHandler
{
    /// <summary>One page of matches, in a stable order.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
