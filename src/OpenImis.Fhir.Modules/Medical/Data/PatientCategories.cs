namespace OpenImis.Fhir.Modules.Medical.Data;

/// <summary>The bits of <c>ItemPatCat</c> and <c>ServPatCat</c>: who an item or service is for.</summary>
[Flags]
internal enum PatientCategories : short
{
    None = 0,
    Male = 1,
    Female = 2,
    Adult = 4,
    Child = 8,
    Everyone = Male | Female | Adult | Child,
}
