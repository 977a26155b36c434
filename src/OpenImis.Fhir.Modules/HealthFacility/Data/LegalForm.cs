namespace OpenImis.Fhir.Modules.HealthFacility.Data;

/// <summary>A row of <c>tblLegalForms</c>.</summary>
internal sealed class LegalForm
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public int? SortOrder { get; set; }
    public string? AltLanguage { get; set; }
}
