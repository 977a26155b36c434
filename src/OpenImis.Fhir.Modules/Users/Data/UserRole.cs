namespace OpenImis.Fhir.Modules.Users.Data;

/// <summary>A row of <c>tblUserRole</c>: a role given to a user; live while ValidityTo is null.</summary>
internal sealed class UserRole
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int RoleId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
