using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Search;

public sealed class PredicatesTests
{
    private sealed class Row
    {
        public int Number { get; set; }
    }

    private static Expression<Func<Row, bool>>[] Equalities(int count) =>
        Enumerable.Range(0, count)
            .Select(n => Predicates.Compare<Row, int, int>(r => r.Number, n, Expression.Equal))
            .ToArray();

    [Fact]
    public void Any_NestsLogarithmically_WhenGivenAThousandAlternatives()
    {
        var any = Predicates.Any(Equalities(1000));
        // A balanced tree of 1,000 leaves is 10 levels of OR; a chain would be 999.
        Assert.Equal(10, OrDepth.Of(any.Body));
    }

    [Fact]
    public void Any_MatchesEachAlternative_WhenCompiled()
    {
        var any = Predicates.Any(Equalities(37)).Compile();
        Assert.All(Enumerable.Range(0, 37), n => Assert.True(any(new Row { Number = n })));
    }

    [Fact]
    public void Any_MatchesNothingElse_WhenCompiled()
    {
        var any = Predicates.Any(Equalities(37)).Compile();
        Assert.False(any(new Row { Number = 37 }));
    }

    [Fact]
    public void Any_IsFalse_WhenGivenNoAlternatives()
    {
        Assert.False(Predicates.Any(Array.Empty<Expression<Func<Row, bool>>>()).Compile()(new Row()));
    }

    [Fact]
    public void Any_UsesOneParameter_WhenAlternativesHaveTheirOwn()
    {
        var any = Predicates.Any(Equalities(3));
        Assert.Equal([any.Parameters[0]], ParameterUses.Of(any.Body));
    }

    private sealed class OrDepth : ExpressionVisitor
    {
        private int _depth;
        private int _max;

        public static int Of(Expression expression)
        {
            var visitor = new OrDepth();
            visitor.Visit(expression);
            return visitor._max;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType != ExpressionType.OrElse)
            {
                return base.VisitBinary(node);
            }

            _depth++;
            _max = Math.Max(_max, _depth);
            base.VisitBinary(node);
            _depth--;
            return node;
        }
    }

    private sealed class ParameterUses : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _seen = [];

        public static IReadOnlyCollection<ParameterExpression> Of(Expression expression)
        {
            var visitor = new ParameterUses();
            visitor.Visit(expression);
            return visitor._seen;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _seen.Add(node);
            return node;
        }
    }
}
