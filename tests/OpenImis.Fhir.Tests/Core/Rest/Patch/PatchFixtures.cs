using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Patch;

namespace OpenImis.Fhir.Tests.Core.Rest.Patch;

/// <summary>The Patient every patch test starts from, builders for FHIRPath Patch parameters, and failure checks.</summary>
internal static class PatchFixtures
{
    public const string NicknameUrl = "https://example.org/fhir/StructureDefinition/nickname";

    private static readonly FhirJsonDeserializer Deserializer = new();
    private static readonly FhirJsonSerializer Serializer = new();

    public static Patient Patient() => Deserializer.Deserialize<Patient>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Core", "Rest", "Patch", "Fixtures", "patient.json")));

    /// <summary>The JSON the serializer writes, which orders elements canonically: equal text, equal content.</summary>
    public static string Json(Base resource) => Serializer.SerializeToString(resource);

    public static Patient ApplyJson(string patch) => (Patient)PatchDocument.FromJsonPatch(patch).Apply(Patient());

    public static Patient ApplyFhirPath(params Parameters.ParameterComponent[] operations) =>
        (Patient)FhirPath(operations).Apply(Patient());

    public static PatchDocument FhirPath(params Parameters.ParameterComponent[] operations) =>
        PatchDocument.FromParameters(new Parameters { Parameter = [.. operations] });

    public static Parameters.ParameterComponent Operation(string type, string path, params Parameters.ParameterComponent[] parts) =>
        new() { Name = "operation", Part = [Part("type", new Code(type)), Part("path", new FhirString(path)), .. parts] };

    public static Parameters.ParameterComponent Part(string name, DataType value) => new() { Name = name, Value = value };

    public static Parameters.ParameterComponent Part(string name, params Parameters.ParameterComponent[] parts) =>
        new() { Name = name, Part = [.. parts] };

    /// <summary>The action fails with <paramref name="status"/>; returns the exception.</summary>
    public static FhirException Fails(HttpStatusCode status, Action action)
    {
        var exception = Assert.Throws<FhirException>(action);
        Assert.Equal(status, exception.Status);
        return exception;
    }

    /// <summary>The action fails with a 422 whose single issue names <paramref name="expression"/>.</summary>
    public static void Unprocessable(string expression, Action action)
    {
        var exception = Assert.Throws<FhirException>(action);
        Assert.Equal(
            (HttpStatusCode.UnprocessableEntity, expression),
            (exception.Status, exception.Outcome.Issue.Single().Expression.Single()));
    }
}
