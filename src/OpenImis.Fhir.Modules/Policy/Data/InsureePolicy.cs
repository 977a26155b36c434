namespace OpenImis.Fhir.Modules.Policy.Data;

/// <summary>
/// A row of <c>tblInsureePolicy</c>: one insuree's coverage under a policy, with its own dates (an insuree added
/// later is covered from later). Versioned like every openIMIS row, but without a UUID of its own.
/// </summary>
internal sealed class InsureePolicy
{
    public int Id { get; set; }
    public int InsureeId { get; set; }
    public Insuree.Data.Insuree? Insuree { get; set; }
    public int PolicyId { get; set; }
    public PolicyRow? Policy { get; set; }
    public DateOnly? EnrollmentDate { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EffectiveDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public bool? IsOffline { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
