namespace OpenImis.Fhir.Modules.Medical.Data;

/// <summary>A row of <c>tblICDCodes</c>: a diagnosis a claim may carry. It has history columns but no UUID.</summary>
internal sealed class Diagnosis
{
    public int Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
