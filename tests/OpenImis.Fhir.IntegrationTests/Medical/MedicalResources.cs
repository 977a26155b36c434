using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

/// <summary>openimis-medication and openimis-activitiy-definition resources for the tests, and a Firely client on a test server.</summary>
internal static class MedicalResources
{
    public const string MedicationProfile = Ig + "/StructureDefinition/openimis-medication";
    public const string ActivityDefinitionProfile = Ig + "/StructureDefinition/openimis-activitiy-definition";
    public const string IdentifierTypes = Ig + "/CodeSystem/openimis-identifiers";

    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string UsageContextTypes = "http://terminology.hl7.org/CodeSystem/usage-context-type";

    public static FhirClient Client(ServerFixture server) =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    /// <summary>A new drug for adult women, outpatient, with a code of its own.</summary>
    public static Medication NewMedication(string name = "TEST TABLETS 10MG", string? code = null)
    {
        var usage = new Extension { Url = Ig + "/StructureDefinition/medication-usage-context" };
        usage.Extension.Add(new Extension("Gender", Context("gender", "http://hl7.org/fhir/administrative-gender", "female")));
        usage.Extension.Add(new Extension("Age", Context("age", Ig + "/CodeSystem/usage-context-age-type", "adult")));
        usage.Extension.Add(new Extension("CareType", Context("venue", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB")));
        return new Medication
        {
            Meta = new Meta { Profile = [MedicationProfile] },
            Identifier = [CodeIdentifier(code ?? NewCode())],
            Code = new CodeableConcept { Text = name },
            Status = Medication.MedicationStatusCodes.Active,
            Form = new CodeableConcept { Text = "100 TABLETS" },
            Amount = new Ratio { Numerator = new Quantity { Value = 100 }, Denominator = new Quantity { Value = 1 } },
            Extension =
            [
                usage,
                new Extension(Ig + "/StructureDefinition/unit-price", new Money { Value = 12.5m }),
                new Extension(Ig + "/StructureDefinition/medication-type", new CodeableConcept(Ig + "/CodeSystem/medication-item-type", "D", "Drug")),
                new Extension(Ig + "/StructureDefinition/medication-level", new CodeableConcept(Ig + "/CodeSystem/medication-level", "M", "Medication")),
            ],
        };
    }

    /// <summary>A new preventive service for everyone, outpatient, with a code of its own.</summary>
    public static ActivityDefinition NewActivityDefinition(string title = "Test consultation", string? code = null)
    {
        var serviceCode = code ?? NewCode();
        return new ActivityDefinition
        {
            Meta = new Meta { Profile = [ActivityDefinitionProfile] },
            Identifier = [CodeIdentifier(serviceCode)],
            Name = serviceCode,
            Title = title,
            Status = PublicationStatus.Active,
            Kind = ActivityDefinition.RequestResourceType.ServiceRequest,
            Topic = [new CodeableConcept(Ig + "/CodeSystem/activity-definition-service-type", "P", "Preventive")],
            UseContext = [Context("venue", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB")],
            Extension =
            [
                new Extension(Ig + "/StructureDefinition/unit-price", new Money { Value = 20m }),
                new Extension(Ig + "/StructureDefinition/activity-definition-level", new CodeableConcept(Ig + "/CodeSystem/activity-definition-level", "S", "Simple Service")),
            ],
        };
    }

    public static string Code(DomainResource resource) => resource switch
    {
        Medication m => m.Identifier.Single(i => i.Type.Coding[0].Code == "Code").Value,
        ActivityDefinition a => a.Identifier.Single(i => i.Type.Coding[0].Code == "Code").Value,
        _ => throw new ArgumentException("Not a medical resource.", nameof(resource)),
    };

    // Item and service codes are at most 6 characters and unique among live rows.
    public static string NewCode() => "T" + Random.Shared.Next(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);

    private static Identifier CodeIdentifier(string code) => new() { Type = new CodeableConcept(IdentifierTypes, "Code"), Value = code };

    private static UsageContext Context(string type, string system, string code) =>
        new() { Code = new Coding(UsageContextTypes, type), Value = new CodeableConcept(system, code) };
}
