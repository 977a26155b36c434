namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>
/// A row of <c>tblClaimDedRem</c>: what one claim took from a policy's deductibles (<c>Ded*</c>) and paid within its
/// ceilings (<c>Rem*</c>), general, out- and in-patient, and per service category. Summed over an insuree's or a
/// policy's claims it gives what is used up.
/// </summary>
internal sealed class ClaimDedRem
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public int PolicyId { get; set; }
    public int? InsureeId { get; set; }
    public decimal? DedG { get; set; }
    public decimal? DedOP { get; set; }
    public decimal? DedIP { get; set; }
    public decimal? RemG { get; set; }
    public decimal? RemOP { get; set; }
    public decimal? RemIP { get; set; }
    public decimal? RemConsult { get; set; }
    public decimal? RemSurgery { get; set; }
    public decimal? RemDelivery { get; set; }
    public decimal? RemHospitalization { get; set; }
    public decimal? RemAntenatal { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
