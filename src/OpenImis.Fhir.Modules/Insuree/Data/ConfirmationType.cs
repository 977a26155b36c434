namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>A row of <c>tblConfirmationTypes</c>.</summary>
internal sealed class ConfirmationType
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? AltLanguage { get; set; }
    public int? SortOrder { get; set; }
    public bool IsConfirmationNumberRequired { get; set; }
}
