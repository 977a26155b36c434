using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>
/// Product assignment (§1.4): among the covering product lines, the co-insurance (C) line with the highest share and
/// the fixed-amount (F) line with the highest amount for the visit type and age group; the one that leaves the
/// insuree less to pay wins. Null when no line has a C or F limitation.
/// </summary>
internal static class ProductChoice
{
    public static (CoveredLimits Line, string Limitation, decimal Value)? Choose(
        IEnumerable<CoveredLimits> lines, string? visitType, bool adult, decimal price)
    {
        var limits = lines.Select(l => (Line: l, Type: TypeFor(l, visitType), Value: ValueFor(l, visitType, adult) ?? 0m)).ToList();
        var c = limits.Where(l => l.Type == "C").OrderByDescending(l => l.Value).Cast<(CoveredLimits Line, string? Type, decimal Value)?>().FirstOrDefault();
        var f = limits.Where(l => l.Type == "F").OrderByDescending(l => l.Value).Cast<(CoveredLimits Line, string? Type, decimal Value)?>().FirstOrDefault();
        if (c is null && f is null)
        {
            return null;
        }

        if (c is null || (f is { } fixedOnly && PreferFixed(fixedOnly.Value, c.Value.Value, price)))
        {
            return (f!.Value.Line, "F", f.Value.Value);
        }

        return (c.Value.Line, "C", c.Value.Value);
    }

    private static bool PreferFixed(decimal fixedAmount, decimal coinsurance, decimal price)
    {
        if (fixedAmount == 0 || fixedAmount > price)
        {
            return true;
        }

        return coinsurance < 100 && (1 - (coinsurance / 100)) * price > price - fixedAmount;
    }

    private static string? TypeFor(CoveredLimits l, string? visitType) => visitType switch
    {
        "E" => l.LimitationTypeE,
        "R" => l.LimitationTypeR,
        _ => l.LimitationType,
    };

    private static decimal? ValueFor(CoveredLimits l, string? visitType, bool adult) => (visitType, adult) switch
    {
        ("E", true) => l.LimitAdultE,
        ("E", false) => l.LimitChildE,
        ("R", true) => l.LimitAdultR,
        ("R", false) => l.LimitChildR,
        (_, true) => l.LimitAdult,
        _ => l.LimitChild,
    };
}
