namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>A row of <c>tblProfessions</c>.</summary>
internal sealed class Profession
{
    public short Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? AltLanguage { get; set; }
    public int? SortOrder { get; set; }
}
