using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Location.Data;

/// <summary>A row of <c>tblLocations</c>: a region (R), district (D), ward/municipality (W) or village (V).</summary>
internal sealed class Location : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string Type { get; set; } = LocationTypes.Village;
    public int? MalePopulation { get; set; }
    public int? FemalePopulation { get; set; }
    public int? OtherPopulation { get; set; }
    public int? Families { get; set; }
    public int? ParentId { get; set; }
    public Location? Parent { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
    public string? JsonExt { get; set; }
}
