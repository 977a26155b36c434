namespace OpenImis.Fhir.Modules.ClaimAdministrator.Data;

/// <summary>
/// A health facility's district (<c>tblHF.HfID</c>, <c>LocationId</c>), read through a SQL query rather than a table
/// mapping: tblHF is the HealthFacility module's table, and a second entity on it would make EF treat both as one
/// split table. Used to limit a district user to the claim administrators of its districts' facilities.
/// </summary>
internal sealed class FacilityDistrict
{
    public int FacilityId { get; set; }
    public int LocationId { get; set; }
}
