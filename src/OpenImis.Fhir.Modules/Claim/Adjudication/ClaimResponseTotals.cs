using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// The adjudications of a line and the totals of a claim, one per status reached (§1.8 of the workflow notes), with
/// two corrections: a rejected claim still reports what was claimed (the profile needs a total), and the valuated
/// adjudication gives a unit amount (the line's paid total over its quantity) like the others, while the valuated
/// total adds the stored line totals, so it is exact.
/// </summary>
internal static class ClaimResponseTotals
{
    public static IEnumerable<(short Category, decimal Amount, decimal Value)> Adjudications(short claimStatus, ClaimLine line)
    {
        if (claimStatus == ClaimCodes.StatusRejected || IsRejected(line))
        {
            yield return (ClaimCodes.StatusRejected, line.PriceAsked, line.QtyProvided);
            yield break;
        }

        yield return (ClaimCodes.StatusEntered, line.PriceAsked, line.QtyProvided);
        var qty = ApprovedQuantity(line);
        if (claimStatus >= ClaimCodes.StatusChecked)
        {
            yield return (ClaimCodes.StatusChecked, line.PriceApproved ?? line.PriceAsked, qty);
        }

        if (claimStatus >= ClaimCodes.StatusProcessed)
        {
            yield return (ClaimCodes.StatusProcessed, line.PriceApproved ?? line.PriceAdjusted ?? line.PriceAsked, qty);
            if (line.PriceValuated is { } valuated)
            {
                yield return (ClaimCodes.StatusValuated, qty == 0 ? valuated : Math.Round(valuated / qty, 2), qty);
            }
        }
    }

    public static IEnumerable<ClaimResponse.TotalComponent> Of(ClaimRow claim, IReadOnlyList<ClaimLine> lines)
    {
        yield return Total(ClaimCodes.StatusEntered, lines.Sum(l => l.PriceAsked * l.QtyProvided));
        if (claim.Status == ClaimCodes.StatusRejected)
        {
            yield break;
        }

        var accepted = lines.Where(l => !IsRejected(l)).ToList();
        if (claim.Status >= ClaimCodes.StatusChecked)
        {
            yield return Total(ClaimCodes.StatusChecked, accepted.Sum(l => (l.PriceApproved ?? l.PriceAsked) * ApprovedQuantity(l)));
        }

        if (claim.Status >= ClaimCodes.StatusProcessed)
        {
            yield return Total(ClaimCodes.StatusProcessed, accepted.Sum(l => (l.PriceApproved ?? l.PriceAdjusted ?? l.PriceAsked) * ApprovedQuantity(l)));
            if (accepted.Any(l => l.PriceValuated is not null))
            {
                yield return Total(ClaimCodes.StatusValuated, accepted.Sum(l => l.PriceValuated ?? 0));
            }
        }
    }

    /// <summary>What the reviewer approved, else what was provided (a 0 approval counts as none, as openIMIS reads it).</summary>
    public static decimal ApprovedQuantity(ClaimLine line) => line.QtyApproved is { } q and not 0 ? q : line.QtyProvided;

    public static bool IsRejected(ClaimLine line) =>
        line.Status == ClaimCodes.LineRejected || line.RejectionReason is { } r && r != ClaimResponseCodes.Accepted;

    private static ClaimResponse.TotalComponent Total(short category, decimal amount) => new()
    {
        Category = ClaimResponseMapper.Category(category),
        Amount = new Money { Value = amount },
    };
}
