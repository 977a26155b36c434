using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Policy.Data;

/// <summary>A row of <c>tblPayer</c>: who paid a contribution when it was not the family (a donor, an employer).</summary>
internal sealed class Payer : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string PayerType { get; set; } = string.Empty;
    public string PayerName { get; set; } = string.Empty;
    public string? PayerAddress { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public int? LocationId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
