namespace OpenImis.Fhir.Modules.Users.Data;

/// <summary>A row of <c>tblRole</c>; a blocked role grants nothing.</summary>
internal sealed class Role
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public int IsSystem { get; set; }
    public bool IsBlocked { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
