using System.Linq.Expressions;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// Where an entity keeps the UUID(s) of what it refers to: one column (possibly through a navigation) or a collection.
/// Sets of target UUIDs are matched against the stored spelling: a subquery of the same database yields the target
/// rows' own stored UUIDs, so the comparison is exact and index-friendly; ids from a client or a resource are
/// matched in both lower and upper case, as <see cref="Predicates.UuidEquals{T}"/> does.
/// </summary>
internal sealed class ReferenceColumn<TEntity>
{
    private readonly LambdaExpression _selector;
    private readonly bool _many;

    private ReferenceColumn(LambdaExpression selector, bool many, Expression<Func<TEntity, bool>> present)
    {
        _selector = selector;
        _many = many;
        Present = present;
    }

    /// <summary>When the entity refers to something through this column.</summary>
    public Expression<Func<TEntity, bool>> Present { get; }

    public static ReferenceColumn<TEntity> Single(Expression<Func<TEntity, string?>> uuid) =>
        new(uuid, false, Expression.Lambda<Func<TEntity, bool>>(
            Expression.NotEqual(uuid.Body, Expression.Constant(null, typeof(string))), uuid.Parameters));

    public static ReferenceColumn<TEntity> Many(Expression<Func<TEntity, IEnumerable<string>>> uuids) =>
        new(uuids, true, Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], uuids.Body), uuids.Parameters));

    /// <summary>The entity refers to one of the set.</summary>
    public Expression<Func<TEntity, bool>> Matches(ReferenceSetValue set)
    {
        if (!_many)
        {
            return Expression.Lambda<Func<TEntity, bool>>(Contains(set, _selector.Body), _selector.Parameters);
        }

        var uuid = Expression.Parameter(typeof(string), "uuid");
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], _selector.Body,
            Expression.Lambda<Func<string, bool>>(Contains(set, uuid), uuid));
        return Expression.Lambda<Func<TEntity, bool>>(any, _selector.Parameters);
    }

    /// <summary>The UUIDs the rows refer to.</summary>
    public IQueryable<string> Select(IQueryable<TEntity> rows)
    {
        if (_many)
        {
            return rows.SelectMany((Expression<Func<TEntity, IEnumerable<string>>>)_selector);
        }

        return rows.Select((Expression<Func<TEntity, string?>>)_selector).Where(u => u != null)!;
    }

    private static MethodCallExpression Contains(ReferenceSetValue set, Expression value)
    {
        if (set.Query is { } query)
        {
            // The subquery's tree is inlined, so EF Core composes one statement with IN (SELECT ...).
            return Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(string)], query.Expression, value);
        }

        var ids = (set.Ids ?? []).SelectMany(id => new[] { id.ToLowerInvariant(), id.ToUpperInvariant() }).Distinct(StringComparer.Ordinal).ToArray();
        var box = Expression.Property(Expression.Constant(new ParameterBox<string[]>(ids)), nameof(ParameterBox<string[]>.Value));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], box, value);
    }
}
