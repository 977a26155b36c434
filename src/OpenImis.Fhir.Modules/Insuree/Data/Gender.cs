namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>A row of <c>tblGender</c>.</summary>
internal sealed class Gender
{
    public string Code { get; set; } = string.Empty;
    public string? Name { get; set; }
    public string? AltLanguage { get; set; }
    public int? SortOrder { get; set; }
}
