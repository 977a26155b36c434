using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>A row of <c>tblFamilies</c>.</summary>
internal sealed class Family : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public int HeadInsureeId { get; set; }
    public Insuree? HeadInsuree { get; set; }
    public int? LocationId { get; set; }
    public Location.Data.Location? Location { get; set; }
    public bool? Poverty { get; set; }
    public string? FamilyTypeCode { get; set; }
    public FamilyType? FamilyType { get; set; }
    public string? Address { get; set; }
    public string? Ethnicity { get; set; }
    public string? ConfirmationNo { get; set; }
    public string? ConfirmationTypeCode { get; set; }
    public ConfirmationType? ConfirmationType { get; set; }
    public bool? IsOffline { get; set; }
    public string? Source { get; set; }
    public string? SourceVersion { get; set; }
    public string? JsonExt { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }

    /// <summary>The live members; loaded only where a mapping needs them.</summary>
    public List<Insuree> Members { get; set; } = [];
}
