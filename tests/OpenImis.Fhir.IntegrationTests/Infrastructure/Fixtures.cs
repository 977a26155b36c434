using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>FHIR JSON fixtures from the Fixtures folder, with the fields a test varies.</summary>
internal static class Fixtures
{
    private static readonly FhirJsonDeserializer Deserializer = new();

    public static T Load<T>(string name)
        where T : Resource =>
        Deserializer.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    /// <summary>A valid Patient with its own CHFID and the given family name.</summary>
    public static Patient Patient(string family, string? birthDate = null)
    {
        var patient = Load<Patient>("patient.json");
        patient.Identifier[0].Value = NewChfId();
        patient.Name[0].Family = family;
        if (birthDate is not null)
        {
            patient.BirthDate = birthDate;
        }

        return patient;
    }

    // CHFIDs are at most 12 characters and unique among live insurees.
    public static string NewChfId() => Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
