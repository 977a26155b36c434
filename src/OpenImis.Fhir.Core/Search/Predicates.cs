using System.Linq.Expressions;

namespace OpenImis.Fhir.Core.Search;

/// <summary>Composes LINQ predicates that EF Core can translate.</summary>
public static class Predicates
{
    /// <summary>A predicate that is always true.</summary>
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    /// <summary>A predicate that is always false.</summary>
    public static Expression<Func<T, bool>> False<T>() => _ => false;

    /// <summary>Either predicate.</summary>
    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    /// <summary>Both predicates.</summary>
    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    /// <summary>The negation.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>
    /// Any of the predicates, combined as a balanced tree: n alternatives nest log2(n) deep, where a chain of
    /// <see cref="Or{T}"/> would nest n deep and overflow SQLite's expression depth limit (1,000) and the
    /// recursive visitors of EF Core long before the search limits are reached.
    /// </summary>
    public static Expression<Func<T, bool>> Any<T>(IEnumerable<Expression<Func<T, bool>>> predicates)
    {
        var list = predicates as IReadOnlyList<Expression<Func<T, bool>>> ?? predicates.ToList();
        if (list.Count == 0)
        {
            return False<T>();
        }

        if (list.Count == 1)
        {
            return list[0];
        }

        // Every body is rewritten once onto one parameter, so the tree is built without revisiting subtrees.
        var parameter = list[0].Parameters[0];
        var bodies = list.Select(p => new ReplaceVisitor(p.Parameters[0], parameter).Visit(p.Body)!).ToArray();
        return Expression.Lambda<Func<T, bool>>(Balanced(bodies, 0, bodies.Length), parameter);
    }

    /// <summary>
    /// Builds <c>e =&gt; body(selector(e), value)</c> where the value reaches SQL as a parameter.
    /// </summary>
    public static Expression<Func<T, bool>> Compare<T, TColumn, TValue>(
        Expression<Func<T, TColumn>> selector, TValue value, Func<Expression, Expression, Expression> body)
    {
        var boxed = Expression.Property(Expression.Constant(new ParameterBox<TValue>(value)), nameof(ParameterBox<TValue>.Value));
        return Expression.Lambda<Func<T, bool>>(body(selector.Body, boxed), selector.Parameters);
    }

    /// <summary>
    /// Matches a UUID column whatever case the UUID was stored in (lower in PostgreSQL demo data, upper in databases
    /// migrated from SQL Server) by comparing with both spellings, so that the column's unique index still serves.
    /// </summary>
    public static Expression<Func<T, bool>> UuidEquals<T>(Expression<Func<T, string>> column, string id) =>
        Or(
            Compare<T, string, string>(column, id.ToLowerInvariant(), Expression.Equal),
            Compare<T, string, string>(column, id.ToUpperInvariant(), Expression.Equal));

    /// <summary>Rewrites <paramref name="inner"/>, a predicate on a related entity, as a predicate on <typeparamref name="T"/>.</summary>
    public static Expression<Func<T, bool>> Through<T, TInner>(Expression<Func<T, TInner>> path, Expression<Func<TInner, bool>> inner)
    {
        var body = new ReplaceVisitor(inner.Parameters[0], path.Body).Visit(inner.Body)!;
        return Expression.Lambda<Func<T, bool>>(body, path.Parameters);
    }

    private static Expression<Func<T, bool>> Combine<T>(
        Expression<Func<T, bool>> left, Expression<Func<T, bool>> right, Func<Expression, Expression, BinaryExpression> merge)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ReplaceVisitor(right.Parameters[0], parameter).Visit(right.Body)!;
        return Expression.Lambda<Func<T, bool>>(merge(left.Body, rightBody), parameter);
    }

    private static Expression Balanced(Expression[] bodies, int start, int count)
    {
        if (count == 1)
        {
            return bodies[start];
        }

        var half = count / 2;
        return Expression.OrElse(Balanced(bodies, start, half), Balanced(bodies, start + half, count - half));
    }

    private sealed class ReplaceVisitor(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
