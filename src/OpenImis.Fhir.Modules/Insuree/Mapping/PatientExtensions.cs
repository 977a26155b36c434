using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>The openIMIS Patient extensions, both ways (the family reference is resolved by the handler).</summary>
internal static class PatientExtensions
{
    public static void ToFhir(Data.Insuree row, Patient patient, InsureeCodes codes)
    {
        patient.Extension.Add(new Extension(OpenImisIg.IsHead, new FhirBoolean(row.IsHead)));
        AddConcept(patient, OpenImisIg.EducationLevel, codes.Education.ToConcept(row.EducationId?.ToString(CultureInfo.InvariantCulture)));
        AddConcept(patient, OpenImisIg.Profession, codes.Profession.ToConcept(row.ProfessionId?.ToString(CultureInfo.InvariantCulture)));
        if (NumberedExtension.Create(OpenImisIg.Identification, row.Passport, codes.IdentificationType.ToConcept(row.TypeOfId)) is { } identification)
        {
            patient.Extension.Add(identification);
        }

        patient.Extension.Add(new Extension(OpenImisIg.CardIssued, new FhirBoolean(row.CardIssued)));
        if (row.Family is { } family)
        {
            patient.Extension.Add(new Extension(OpenImisIg.GroupReference, FhirReferences.To("Group", family.Uuid)));
        }

        if (row.Vulnerability is { } vulnerable)
        {
            patient.Extension.Add(new Extension(OpenImisIg.Vulnerability, new FhirBoolean(vulnerable)));
        }
    }

    public static void ToEntity(Patient patient, Data.Insuree row, InsureeCodes codes)
    {
        row.IsHead = Flag(patient, OpenImisIg.IsHead) ?? false;
        row.EducationId = SmallInt(codes.Education.FromConcept(Concept(patient, OpenImisIg.EducationLevel), "Patient.extension[educationLevel]"));
        row.ProfessionId = SmallInt(codes.Profession.FromConcept(Concept(patient, OpenImisIg.Profession), "Patient.extension[profession]"));
        row.CardIssued = Flag(patient, OpenImisIg.CardIssued) ?? false;
        row.Vulnerability = Flag(patient, OpenImisIg.Vulnerability);

        var identification = patient.GetExtension(OpenImisIg.Identification);
        row.Passport = ColumnLimits.Fit(
            NumberedExtension.Number(identification) ?? PassportIdentifier(patient), 25, "Patient.extension[identification].number");
        row.TypeOfId = codes.IdentificationType.FromConcept(NumberedExtension.Type(identification), "Patient.extension[identification].type");
    }

    /// <summary>A code of the openIMIS smallint lookups (education, profession, relationship); the ConceptMaps hold only numbers there.</summary>
    public static short? SmallInt(string? code) => code is null ? null : short.Parse(code, CultureInfo.InvariantCulture);

    // The openIMIS backend sends the passport as a PPN identifier when no identification type is set.
    private static string? PassportIdentifier(Patient patient) =>
        patient.Identifier.FirstOrDefault(i => i.Type?.Coding.Any(c => c.Code == "PPN") == true)?.Value;

    private static void AddConcept(Patient patient, string url, CodeableConcept? concept)
    {
        if (concept is not null)
        {
            patient.Extension.Add(new Extension(url, concept));
        }
    }

    private static CodeableConcept? Concept(Patient patient, string url) => patient.GetExtension(url)?.Value as CodeableConcept;

    private static bool? Flag(Patient patient, string url) => (patient.GetExtension(url)?.Value as FhirBoolean)?.Value;
}
