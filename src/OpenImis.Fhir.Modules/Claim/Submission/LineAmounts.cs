using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// One line's share of a policy's deductible and ceiling (§2.3 steps 1–5 and 8): the work (quantity × unit price,
/// capped per unit by a fixed limitation), less what remains of the deductible, times a co-insurance share, paid up
/// to what remains of the ceiling.
/// </summary>
internal static class LineAmounts
{
    public static (decimal Deducted, decimal Paid, decimal Exceeding) Of(ClaimLine line, Deductibles limits, decimal deductedSoFar, decimal paidSoFar)
    {
        var quantity = line.QtyApproved ?? line.QtyProvided;
        var unit = line.PriceApproved ?? line.PriceAdjusted ?? line.PriceAsked;
        var work = quantity * unit;
        if (line.Limitation == "F" && line.LimitationValue is { } fixedAmount && quantity * fixedAmount < work)
        {
            work = quantity * fixedAmount;
        }

        decimal deducted = 0;
        if (limits.Deductible is { } deductible && deductible - limits.PreviousDeducted - deductedSoFar is var remaining and > 0)
        {
            deducted = Math.Min(remaining, work);
            work -= deducted;
        }

        if (line.Limitation == "C" && line.LimitationValue is { } share)
        {
            work = work * share / 100;
        }

        if (limits.Ceiling is not { } ceiling || ceiling <= 0)
        {
            return (deducted, work, 0);
        }

        var left = Math.Max(0, ceiling - limits.PreviousRemunerated - paidSoFar);
        var paid = Math.Min(work, left);
        return (deducted, paid, work - paid);
    }
}
