namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// Sums of <c>tblClaimDedRem</c> over other claims (an insuree's or a whole policy's): the general, in- and
/// out-patient deductions and remunerations, and the remuneration in the claim's service category.
/// </summary>
internal sealed record PreviousUsage(decimal DedG, decimal DedIP, decimal DedOP, decimal RemG, decimal RemIP, decimal RemOP, decimal RemCategory)
{
    public static PreviousUsage Nothing { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
