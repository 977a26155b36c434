namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// A policy that covers the insuree at the claim's target date (§1.2): active or expired, with the insuree's own
/// coverage dates from <c>tblInsureePolicy</c>.
/// </summary>
internal sealed record CoveringPolicy(
    int PolicyId, Product.Data.Product Product, DateOnly MemberEffective, DateOnly PolicyEffective, DateOnly Expiry, string? Stage)
{
    /// <summary>Waiting periods apply to a new policy and to a member added after the policy started.</summary>
    public bool Waits => Stage == Policy.Data.PolicyCodes.StageNew || PolicyEffective < MemberEffective;
}
