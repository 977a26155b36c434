namespace OpenImis.Fhir.Modules.HealthFacility.Data;

/// <summary>A row of <c>tblHFSublevel</c>.</summary>
internal sealed class SubLevel
{
    public string Code { get; set; } = string.Empty;
    public string? Name { get; set; }
    public int? SortOrder { get; set; }
    public string? AltLanguage { get; set; }
}
