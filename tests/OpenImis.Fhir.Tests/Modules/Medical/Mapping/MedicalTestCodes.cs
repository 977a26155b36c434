using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Medical.Mapping;

namespace OpenImis.Fhir.Tests.Modules.Medical.Mapping;

/// <summary>The shipped ConceptMaps (copied next to the tests), the mappers over them, and rows to map.</summary>
internal static class MedicalTestCodes
{
    public const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    public const string ItemUuid = "71EFB78B-64EE-4A68-BE29-87DAF566EB20";
    public const string ServiceUuid = "DB2C3A6C-AF07-49BD-8F6A-96AA1FC2BCF9";

    private static readonly Lazy<ConceptMapStore> LazyStore =
        new(() => ConceptMapStore.Load(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps")));

    private static readonly Lazy<MedicalCodes> LazyCodes = new(() => new MedicalCodes(LazyStore.Value));

    public static MedicalCodes Codes => LazyCodes.Value;

    public static MedicationMapper Medications(Money.Currencies? currency = null) => new(Codes, new UsageContexts(Codes), currency);

    public static ActivityDefinitionMapper ActivityDefinitions(Money.Currencies? currency = null) => new(Codes, new UsageContexts(Codes), currency);

    public static MedicalItem Item() => new()
    {
        Id = 7,
        Uuid = ItemUuid,
        Code = "0001",
        Name = "ASPIRIN TABS 300MG",
        Type = "D",
        Package = "1000 TABLETS",
        Quantity = 1000,
        Price = 10.5m,
        CareType = "O",
        Frequency = 14,
        PatientCategory = 15,
        ValidityFrom = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
    };

    public static MedicalService Service() => new()
    {
        Id = 9,
        Uuid = ServiceUuid,
        Code = "A1",
        Name = "General Consultation",
        Type = "P",
        Level = "S",
        Category = "C",
        Price = 40,
        CareType = "O",
        Frequency = 30,
        PatientCategory = 15,
        PackageType = "S",
        ValidityFrom = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
    };
}
