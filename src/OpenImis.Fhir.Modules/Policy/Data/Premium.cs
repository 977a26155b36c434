using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Policy.Data;

/// <summary>A row of <c>tblPremium</c>: a contribution paid towards a policy.</summary>
internal sealed class Premium : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public string Receipt { get; set; } = string.Empty;
    public DateOnly PayDate { get; set; }

    /// <summary>B, C, M or F (<see cref="PolicyCodes"/>).</summary>
    public string PayType { get; set; } = PolicyCodes.PayTypeCash;

    /// <summary>A photo or card fee, which never counts towards the policy value.</summary>
    public bool? IsPhotoFee { get; set; }

    public bool? IsOffline { get; set; }
    public int? ReportingId { get; set; }
    public int? PayerId { get; set; }
    public Payer? Payer { get; set; }
    public int PolicyId { get; set; }
    public PolicyRow? Policy { get; set; }
    public DateOnly CreatedDate { get; set; }
    public string? Source { get; set; }
    public string? SourceVersion { get; set; }
    public DateTime? AllDetailsCommissionReport { get; set; }
    public DateTime? OverviewCommissionReport { get; set; }
    public int? ReportingCommissionId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
