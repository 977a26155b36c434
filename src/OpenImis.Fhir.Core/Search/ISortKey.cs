namespace OpenImis.Fhir.Core.Search;

/// <summary>Orders a query by one key, first or after earlier keys.</summary>
public interface ISortKey<TEntity>
{
    /// <summary>Applies the key as the first ordering, or as a further one when <paramref name="query"/> is already ordered.</summary>
    IOrderedQueryable<TEntity> Apply(IQueryable<TEntity> query, bool descending, bool thenBy);
}
