using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Tests.Modules.Insuree;

/// <summary>Reads the FHIR JSON fixtures of this folder and compares resources by their canonical JSON.</summary>
internal static class FhirFixtures
{
    private static readonly FhirJsonDeserializer Deserializer = new();
    private static readonly FhirJsonSerializer Serializer = new();

    public static T Load<T>(string name)
        where T : Resource =>
        Deserializer.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Modules", "Insuree", "Fixtures", name)));

    /// <summary>The JSON the serializer writes, which orders elements canonically: equal text, equal content.</summary>
    public static string Json(Base resource) => Serializer.SerializeToString(resource);
}
