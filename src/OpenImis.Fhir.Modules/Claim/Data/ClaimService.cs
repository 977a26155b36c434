namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblClaimServices</c>: a medical service (<c>tblServices</c>) on a claim.</summary>
internal sealed class ClaimService : ClaimLine
{
    public int ServiceId { get; set; }
    public Medical.Data.MedicalService? Service { get; set; }
}
