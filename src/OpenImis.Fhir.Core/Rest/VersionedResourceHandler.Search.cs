using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The filters of a search, and the id sets that chains and <c>_has</c> compose into other types' searches.</summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
{
    /// <inheritdoc />
    public IQueryable<string>? MatchingIds(IReadOnlyList<SearchCriterion> criteria) =>
        Filter(LiveRows, criteria).Select(e => e.Uuid);

    /// <inheritdoc />
    public IQueryable<string>? ReferencedIds(IReadOnlyList<SearchCriterion> criteria, ISearchParameter parameter, string targetType) =>
        Declared(parameter).Referenced(Filter(LiveRows, criteria), targetType);

    // No AsNoTracking: these rows only ever become part of a query, never entities.
    private IQueryable<TEntity> LiveRows => Rows.Where(e => e.ValidityTo == null);

    private IQueryable<TEntity> Filter(IQueryable<TEntity> rows, IReadOnlyList<SearchCriterion> criteria)
    {
        foreach (var criterion in criteria)
        {
            rows = rows.Where(Declared(criterion.Parameter).PredicateFor(criterion));
        }

        return rows;
    }

    private SearchParameter<TEntity> Declared(ISearchParameter parameter) => AllParameters.First(p => ReferenceEquals(p, parameter));
}
