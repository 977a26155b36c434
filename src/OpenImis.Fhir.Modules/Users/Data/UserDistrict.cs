namespace OpenImis.Fhir.Modules.Users.Data;

/// <summary>A row of <c>tblUsersDistricts</c>: a district (a <c>tblLocations</c> id) a user works in.</summary>
internal sealed class UserDistrict
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int LocationId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
