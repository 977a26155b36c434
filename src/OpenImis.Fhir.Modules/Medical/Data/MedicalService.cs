using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Medical.Data;

/// <summary>A row of <c>tblServices</c>: a medical service.</summary>
internal sealed class MedicalService : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public string Level { get; set; } = string.Empty;
    public string? Category { get; set; }
    public decimal Price { get; set; }
    public string CareType { get; set; } = string.Empty;
    public short? Frequency { get; set; }
    public short PatientCategory { get; set; }
    public decimal? MaximumAmount { get; set; }
    public bool ManualPrice { get; set; }
    public string PackageType { get; set; } = string.Empty;
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
