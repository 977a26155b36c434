using System.Linq.Expressions;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// FHIR date comparison: the searched value stands for the range [s, e) its precision implies, and the stored value
/// for its own range (a whole day for a <c>date</c> column, an instant for a timestamp).
/// </summary>
internal static class DatePredicates
{
    public static Expression<Func<T, bool>> ForDay<T>(Expression<Func<T, DateOnly?>> column, DateValue value)
    {
        var (s, e) = Widen(value);
        var ceilStart = CeilDay(s);
        var floorEnd = DateOnly.FromDateTime(e);
        Expression<Func<T, bool>> Ge(DateOnly d) => Predicates.Compare<T, DateOnly?, DateOnly?>(column, d, Expression.GreaterThanOrEqual);
        Expression<Func<T, bool>> Lt(DateOnly d) => Predicates.Compare<T, DateOnly?, DateOnly?>(column, d, Expression.LessThan);
        return value.Prefix switch
        {
            SearchPrefix.Ne => Predicates.Not(Predicates.And(Ge(ceilStart), Lt(floorEnd))),
            SearchPrefix.Gt or SearchPrefix.Sa => Ge(value.Prefix == SearchPrefix.Sa ? CeilDay(e) : floorEnd),
            SearchPrefix.Lt => Lt(ceilStart),
            SearchPrefix.Eb => Lt(DateOnly.FromDateTime(s)),
            SearchPrefix.Ge => Ge(ceilStart),
            SearchPrefix.Le => Lt(floorEnd),
            _ => Predicates.And(Ge(ceilStart), Lt(floorEnd)),
        };
    }

    public static Expression<Func<T, bool>> ForInstant<T>(Expression<Func<T, DateTime>> column, DateValue value)
    {
        var (s, e) = Widen(value);
        Expression<Func<T, bool>> Ge(DateTime d) => Predicates.Compare<T, DateTime, DateTime>(column, d, Expression.GreaterThanOrEqual);
        Expression<Func<T, bool>> Lt(DateTime d) => Predicates.Compare<T, DateTime, DateTime>(column, d, Expression.LessThan);
        return value.Prefix switch
        {
            SearchPrefix.Ne => Predicates.Not(Predicates.And(Ge(s), Lt(e))),
            SearchPrefix.Gt or SearchPrefix.Sa => Ge(e),
            SearchPrefix.Lt or SearchPrefix.Eb => Lt(s),
            SearchPrefix.Ge => Ge(s),
            SearchPrefix.Le => Lt(e),
            _ => Predicates.And(Ge(s), Lt(e)),
        };
    }

    // 'ap' widens the range by a tenth of its distance from now, at least a day, as the spec suggests.
    private static (DateTime Start, DateTime End) Widen(DateValue value)
    {
        if (value.Prefix != SearchPrefix.Ap)
        {
            return (value.Start, value.End);
        }

        var gap = TimeSpan.FromTicks(Math.Abs((DateTime.UtcNow - value.Start).Ticks) / 10);
        if (gap < TimeSpan.FromDays(1))
        {
            gap = TimeSpan.FromDays(1);
        }

        return (SafeAdd(value.Start, -gap), SafeAdd(value.End, gap));
    }

    private static DateTime SafeAdd(DateTime d, TimeSpan t) =>
        t < TimeSpan.Zero
            ? (d - DateTime.MinValue < -t ? DateTime.MinValue : d + t)
            : (DateTime.MaxValue - d < t ? DateTime.MaxValue : d + t);

    private static DateOnly CeilDay(DateTime d)
    {
        var day = DateOnly.FromDateTime(d);
        return d.TimeOfDay == TimeSpan.Zero || day == DateOnly.MaxValue ? day : day.AddDays(1);
    }
}
