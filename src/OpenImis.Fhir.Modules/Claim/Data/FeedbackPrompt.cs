namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>
/// A row of <c>tblFeedbackPrompt</c>: a claim selected for feedback, with the enrolment officer asked to collect it.
/// </summary>
internal sealed class FeedbackPrompt
{
    public int Id { get; set; }
    public int? ClaimId { get; set; }
    public DateOnly FeedbackPromptDate { get; set; }
    public int? OfficerId { get; set; }
    public string? PhoneNumber { get; set; }
    public short? SmsStatus { get; set; }
    public DateTime? ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
