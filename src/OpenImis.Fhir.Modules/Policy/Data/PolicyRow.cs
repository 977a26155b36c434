using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Policy.Data;

/// <summary>
/// A row of <c>tblPolicy</c>: a family's enrolment in a product for one period. Every column but <c>RowID</c> is
/// mapped, so that a history copy keeps what openIMIS stored.
/// </summary>
internal sealed class PolicyRow : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;

    /// <summary><c>N</c> new or <c>R</c> renewal (<see cref="PolicyCodes"/>).</summary>
    public string? Stage { get; set; }

    /// <summary>1 Idle, 2 Active, 4 Suspended, 8 Expired, 16 Ready (<see cref="PolicyCodes"/>).</summary>
    public short? Status { get; set; }

    public decimal? Value { get; set; }
    public DateOnly EnrollDate { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EffectiveDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public bool? IsOffline { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }

    /// <summary>The enrolment officer (<c>tblOfficer</c>, EnrolmentOfficer module), kept as its id.</summary>
    public int? OfficerId { get; set; }

    /// <summary>The product (<c>tblProduct</c>, Product module), kept as its id and read through the Product module's entity.</summary>
    public int ProductId { get; set; }
    public Product.Data.Product? Product { get; set; }

    public string? Source { get; set; }
    public string? SourceVersion { get; set; }
    public Guid? ContributionPlanId { get; set; }
    public DateOnly? CreationDate { get; set; }
    public List<InsureePolicy> Members { get; set; } = [];
    public List<Premium> Premiums { get; set; } = [];
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
