namespace OpenImis.Fhir.Modules.Medical.Data;

/// <summary>The widths of the tblItems and tblServices text columns that the mappings write.</summary>
internal static class MedicalColumns
{
    public const int CodeLength = 6;
    public const int NameLength = 100;
    public const int PackageLength = 255;
}
