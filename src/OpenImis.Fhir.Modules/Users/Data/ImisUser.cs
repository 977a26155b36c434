namespace OpenImis.Fhir.Modules.Users.Data;

/// <summary>A row of <c>tblUsers</c>: an openIMIS interactive user; live while ValidityTo is null.</summary>
internal sealed class ImisUser
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string LoginName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public string OtherNames { get; set; } = string.Empty;
    public string LanguageId { get; set; } = "en";
    public int? HealthFacilityId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
