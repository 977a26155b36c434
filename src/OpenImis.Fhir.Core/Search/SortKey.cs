using System.Linq.Expressions;

namespace OpenImis.Fhir.Core.Search;

/// <summary>A typed sort key.</summary>
public sealed class SortKey<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) : ISortKey<TEntity>
{
    /// <inheritdoc />
    public IOrderedQueryable<TEntity> Apply(IQueryable<TEntity> query, bool descending, bool thenBy)
    {
        if (thenBy && query is IOrderedQueryable<TEntity> ordered)
        {
            return descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        return descending ? query.OrderByDescending(key) : query.OrderBy(key);
    }
}
