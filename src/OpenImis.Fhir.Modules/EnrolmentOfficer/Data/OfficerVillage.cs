namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Data;

/// <summary>A row of <c>tblOfficerVillages</c>: one village an officer serves; live while ValidityTo is null.</summary>
internal sealed class OfficerVillage
{
    public int Id { get; set; }
    public int? OfficerId { get; set; }
    public int? LocationId { get; set; }

    /// <summary>The village; searches read its UUID through it (PractitionerRole <c>location</c>).</summary>
    public Location.Data.Location? Location { get; set; }
    public DateTime? ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
