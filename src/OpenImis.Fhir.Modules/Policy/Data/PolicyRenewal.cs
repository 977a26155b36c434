namespace OpenImis.Fhir.Modules.Policy.Data;

/// <summary>
/// A row of <c>tblPolicyRenewals</c>: a renewal prompt for a policy about to expire. A renewal historises the
/// previous policy's prompts.
/// </summary>
internal sealed class PolicyRenewal
{
    public int Id { get; set; }
    public Guid Uuid { get; set; }
    public DateOnly RenewalPromptDate { get; set; }
    public DateOnly RenewalDate { get; set; }
    public int? NewOfficerId { get; set; }
    public string? PhoneNumber { get; set; }
    public short SmsStatus { get; set; }
    public int InsureeId { get; set; }
    public int PolicyId { get; set; }
    public int NewProductId { get; set; }
    public short? RenewalWarnings { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditCreateUser { get; set; }
    public int? ResponseStatus { get; set; }
    public DateTime? ResponseDate { get; set; }
}
