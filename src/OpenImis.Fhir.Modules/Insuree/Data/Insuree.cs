using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>A row of <c>tblInsuree</c>.</summary>
internal sealed class Insuree : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string? ChfId { get; set; }
    public string LastName { get; set; } = string.Empty;
    public string OtherNames { get; set; } = string.Empty;
    public DateOnly? BirthDate { get; set; }
    public string? GenderCode { get; set; }
    public Gender? Gender { get; set; }
    public string? Marital { get; set; }
    public bool IsHead { get; set; }
    public bool CardIssued { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Passport { get; set; }
    public string? TypeOfId { get; set; }
    public string? CurrentAddress { get; set; }
    public int? CurrentVillageId { get; set; }
    public Location.Data.Location? CurrentVillage { get; set; }
    public string? GeoLocation { get; set; }
    public int? FamilyId { get; set; }
    public Family? Family { get; set; }
    public short? RelationshipId { get; set; }
    public Relation? Relationship { get; set; }
    public short? ProfessionId { get; set; }
    public Profession? Profession { get; set; }
    public short? EducationId { get; set; }
    public Education? Education { get; set; }
    public int? HealthFacilityId { get; set; }
    public int? PhotoId { get; set; }
    public Photo? Photo { get; set; }
    public DateOnly? PhotoDate { get; set; }
    public bool? Vulnerability { get; set; }
    public bool? IsOffline { get; set; }
    public string? Source { get; set; }
    public string? SourceVersion { get; set; }
    public string? Status { get; set; }
    public DateOnly? StatusDate { get; set; }
    public short? StatusReason { get; set; }
    public string? JsonExt { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
