namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// The arithmetic of valuation (§2.3 of the workflow notes, <c>uspProcessSingleClaimStep2</c>), per policy, with the
/// legacy SQL's two rules where the Python differs (§6.8): the reviewer's approved price is the unit price (see
/// <see cref="UnitPrice"/>), and a line the deductible absorbs whole is not paid as well.
/// </summary>
internal static class ClaimValuation
{
    /// <summary>
    /// The unit price of a passed line: for price origin O (the facility's own price) the approved price, else the
    /// asked one; for the price list origins (P, R) the approved price, else the price list's.
    /// </summary>
    public static decimal UnitPrice(string? priceOrigin, decimal? priceApproved, decimal priceAsked, decimal priceListPrice) =>
        priceOrigin == "O" ? priceApproved ?? priceAsked : priceApproved ?? priceListPrice;

    public static ValuationResult Valuate(ValuationLimits limits, IReadOnlyList<ValuationLine> lines)
    {
        var results = new List<LineValuation>(lines.Count);
        decimal deducted = 0, remunerated = 0, category = 0;
        foreach (var line in lines)
        {
            var work = line.Quantity * line.UnitPrice;
            if (line.Limitation == "F" && line.LimitationValue is { } perUnit && line.Quantity * perUnit < work)
            {
                work = line.Quantity * perUnit;
            }

            // Deductible: a line it absorbs whole is deducted and not paid (the SQL's "skip to the next line").
            var lineDeducted = 0m;
            var deductibleLeft = (limits.Deductible ?? 0) - limits.DeductedBefore - deducted;
            if (deductibleLeft > 0)
            {
                if (deductibleLeft >= work)
                {
                    deducted += work;
                    results.Add(new LineValuation(work, 0, 0, 0));
                    continue;
                }

                lineDeducted = deductibleLeft;
                deducted += deductibleLeft;
                work -= deductibleLeft;
            }

            if (line.Limitation == "C" && line.LimitationValue is { } percentage)
            {
                work = work * percentage / 100;
            }

            var exceedCategory = 0m;
            if (limits.CategoryCap is > 0 and var cap)
            {
                var categoryLeft = cap - limits.CategoryBefore - category;
                exceedCategory = categoryLeft <= 0 ? work : Math.Max(0, work - categoryLeft);
                work -= exceedCategory;
            }

            category += work;
            if (line.CeilingExcluded)
            {
                results.Add(new LineValuation(lineDeducted, work, 0, exceedCategory));
                continue;
            }

            var paid = work;
            if (limits.Ceiling is > 0 and var ceiling)
            {
                var ceilingLeft = ceiling - limits.RemuneratedBefore - remunerated;
                paid = ceilingLeft > 0 ? Math.Min(work, ceilingLeft) : 0;
            }

            remunerated += paid;
            results.Add(new LineValuation(lineDeducted, paid, work - paid, exceedCategory));
        }

        return new ValuationResult(results, deducted, remunerated, category);
    }
}
