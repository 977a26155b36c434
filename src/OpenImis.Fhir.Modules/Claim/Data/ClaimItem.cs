namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblClaimItems</c>: a medical item (<c>tblItems</c>) on a claim.</summary>
internal sealed class ClaimItem : ClaimLine
{
    public int ItemId { get; set; }
    public Medical.Data.MedicalItem? Item { get; set; }

    /// <summary>Whether the item was available at the facility (required by openIMIS).</summary>
    public bool Availability { get; set; }
}
