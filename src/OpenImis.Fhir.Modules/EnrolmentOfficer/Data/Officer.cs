using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Data;

/// <summary>A row of <c>tblOfficer</c>: an enrolment officer, who enrols families in the villages he serves.</summary>
internal sealed class Officer : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public string OtherNames { get; set; } = string.Empty;
    public DateOnly? BirthDate { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? PermanentAddress { get; set; }

    /// <summary>The district the officer belongs to (<c>tblLocations</c>).</summary>
    public int? LocationId { get; set; }

    /// <summary>The officer who stands in for this one (<c>OfficerIDSubst</c>).</summary>
    public int? SubstituteId { get; set; }
    public Officer? Substitute { get; set; }

    public DateTime? WorksTo { get; set; }
    public bool? HasLogin { get; set; }
    public bool? PhoneCommunication { get; set; }
    public string? JsonExt { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }

    /// <summary>The villages served (rows of <c>tblOfficerVillages</c>, live and history).</summary>
    public List<OfficerVillage> Villages { get; set; } = [];
}
