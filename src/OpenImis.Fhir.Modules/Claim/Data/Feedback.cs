using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblFeedback</c>: an insuree's five answers about a claimed visit.</summary>
internal sealed class Feedback : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public int? ClaimId { get; set; }
    public ClaimRow? Claim { get; set; }
    public bool? CareRendered { get; set; }
    public bool? PaymentAsked { get; set; }
    public bool? DrugPrescribed { get; set; }
    public bool? DrugReceived { get; set; }

    /// <summary>The overall assessment, 0 to 5 (the column keeps openIMIS's spelling, <c>Asessment</c>).</summary>
    public short? Assessment { get; set; }

    /// <summary>The enrolment officer who collected the answers, by id (the legacy procedure writes the id here).</summary>
    public int? ChfOfficerCode { get; set; }
    public DateTime? FeedbackDate { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
