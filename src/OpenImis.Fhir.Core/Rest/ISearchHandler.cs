using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The search-type interaction.</summary>
public interface ISearchHandler : IResourceHandler
{
    /// <summary>One page of matches, in a stable order.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The stored UUIDs (in the database's own spelling) of the live resources that match <paramref name="criteria"/>,
    /// as a query that another type's search composes into its SQL (<c>IN (SELECT ...)</c>): chained parameters. Null
    /// when the handler cannot give one; the engine then runs the search first, within a bound.
    /// </summary>
    IQueryable<string>? MatchingIds(IReadOnlyList<SearchCriterion> criteria) => null;

    /// <summary>
    /// The stored UUIDs of the <paramref name="targetType"/> resources that the live resources matching
    /// <paramref name="criteria"/> refer to through <paramref name="parameter"/>, as a composable query: <c>_has</c>.
    /// Null when the handler cannot give one; the engine then reads the references from the matches, within a bound.
    /// </summary>
    IQueryable<string>? ReferencedIds(IReadOnlyList<SearchCriterion> criteria, ISearchParameter parameter, string targetType) => null;
}
