using OpenImis.Fhir.Modules.Medical.Data;

namespace OpenImis.Fhir.Modules.Medical.Demo;

/// <summary>The demo items and services, with fixed UUIDs so that links to them stay stable across databases.</summary>
internal static class MedicalDemoRows
{
    private const short Everyone = (short)PatientCategories.Everyone;
    private const short Women = (short)(PatientCategories.Female | PatientCategories.Adult);
    private const short Children = (short)(PatientCategories.Male | PatientCategories.Female | PatientCategories.Child);

    public static List<MedicalItem> Items(DateTime created) =>
    [
        Item("71efb78b-64ee-4a68-be29-87daf566eb20", "0001", "ACETYLSALICYLIC ACID (ASPIRIN) TABS 300MG", "D", "1000 TABLETS", 1000, 10, "O", 0, Everyone, created),
        Item("2b4e5f1c-3c5d-4b8e-9a61-6f2a9d1e0b11", "0004", "AMOXYCILLIN CAPS 250MG", "D", "1000 CAPSULES", 1000, 25, "B", null, Everyone, created),
        Item("8d1c6a0e-47b2-4f5e-8c3a-2e9b7d4f1c22", "0182", "PARACETAMOL SYRUP 120MG/5ML", "D", "100ML BOTTLE", null, 6, "O", null, Children, created),
        Item("c3a9e2d4-1b6f-4e7a-9d28-5f0c8b3e2d33", "0101", "COTTON WOOL 500G", "M", "ROLL", null, 4, "B", null, Everyone, created),
        Item("e5f7b1a3-9c2d-4a6e-8b17-3d4c6e9f0a44", "0150", "FERROUS SULPHATE TABS 200MG", "D", "1000 TABLETS", 1000, 8, "O", 30, Women, created),
    ];

    public static List<MedicalService> Services(DateTime created) =>
    [
        Service("db2c3a6c-af07-49bd-8f6a-96aa1fc2bcf9", "A1", "General Consultation", "P", "S", "C", 40, "O", 0, Everyone, created),
        Service("4a7d2e9b-6c1f-4b3a-a5e8-1f9d3c7b2e55", "A2", "Antenatal visit", "P", "V", "A", 30, "O", 28, Women, created),
        Service("9b3e6f1d-2a8c-4d7e-b4f9-6c2a1e8d3f66", "S1", "Appendectomy", "C", "H", "S", 400, "I", null, Everyone, created),
        Service("1f8a4c7e-5d3b-4e9a-8c6f-2b7d9e1a4c77", "D1", "Normal delivery", "C", "D", "D", 150, "I", null, Women, created),
        Service("7c5b9d2a-3e6f-4a1c-9b8e-4d2f6a9c1b88", "H1", "Hospital stay, per day", "C", "D", "H", 60, "I", null, Everyone, created),
        Service("3d6a1f9c-8b2e-4c5d-a7f3-9e1b4d6c2a99", "I1", "Child immunisation", "P", "S", "O", 5, "B", 30, Children, created),
    ];

    private static MedicalItem Item(
        string uuid, string code, string name, string type, string package, decimal? quantity, decimal price, string careType,
        short? frequency, short patientCategory, DateTime created) => new()
        {
            Uuid = uuid,
            Code = code,
            Name = name,
            Type = type,
            Package = package,
            Quantity = quantity,
            Price = price,
            CareType = careType,
            Frequency = frequency,
            PatientCategory = patientCategory,
            ValidityFrom = created,
            AuditUserId = 1,
        };

    private static MedicalService Service(
        string uuid, string code, string name, string type, string level, string category, decimal price, string careType,
        short? frequency, short patientCategory, DateTime created) => new()
        {
            Uuid = uuid,
            Code = code,
            Name = name,
            Type = type,
            Level = level,
            Category = category,
            Price = price,
            CareType = careType,
            Frequency = frequency,
            PatientCategory = patientCategory,
            PackageType = "S",
            ValidityFrom = created,
            AuditUserId = 1,
        };
}
