namespace OpenImis.Fhir.Modules.Users.Data;

/// <summary>A row of <c>tblRoleRight</c>: one numeric openIMIS right (<c>101101</c>: view insurees) of a role.</summary>
internal sealed class RoleRight
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int RightId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
