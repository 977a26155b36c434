namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// What the insuree's claims used of one covered policy: the number of claims per claim category (a NULL category
/// counts as a visit, as the rule engine counts it) and the amounts booked per category in <c>tblClaimDedRem</c>.
/// </summary>
internal sealed record PolicyUsage(IReadOnlyDictionary<string, int> ClaimsByCategory, IReadOnlyDictionary<string, decimal> AmountByCategory)
{
    public int Claims(string category) => ClaimsByCategory.GetValueOrDefault(category);

    public decimal Amount(string category) => AmountByCategory.GetValueOrDefault(category);
}
