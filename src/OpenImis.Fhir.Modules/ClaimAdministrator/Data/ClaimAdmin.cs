using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Data;

/// <summary>A row of <c>tblClaimAdmin</c>: a claim administrator, who enters claims for one health facility.</summary>
internal sealed class ClaimAdmin : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string? Code { get; set; }
    public string? LastName { get; set; }
    public string? OtherNames { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool? HasLogin { get; set; }

    /// <summary>
    /// The health facility (<c>tblHF.HfID</c>). A plain id: tblHF is the HealthFacility module's table, so this
    /// module reads the facility's UUID by id (<see cref="Handlers.FacilityIds"/>) instead of mapping it twice.
    /// </summary>
    public int? HealthFacilityId { get; set; }

    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
