using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// Parses a patched resource with the strict Firely parser, so that a patch can only yield what a client could have
/// sent with an update; what the parser objects to is a 422 listing each problem where it was found.
/// </summary>
internal static class PatchResult
{
    private static readonly FhirJsonDeserializer Deserializer = new();
    private static readonly FhirJsonSerializer Serializer = new();

    public static string ToJson(Resource resource) => Serializer.SerializeToString(resource);

    public static Resource Parse(Resource patched) => Parse(ToJson(patched));

    public static Resource Parse(string json)
    {
        try
        {
            return Deserializer.DeserializeResource(json);
        }
        catch (DeserializationFailedException ex)
        {
            var outcome = ex.ToOperationOutcome();
            foreach (var issue in outcome.Issue)
            {
                issue.Severity = OperationOutcome.IssueSeverity.Error;
                // The parser's line and position point into JSON the server made, which the client never saw.
                var where = issue.Expression.FirstOrDefault() is { } expression ? $" (at {expression})" : "";
                issue.Diagnostics = $"The patched resource is not valid FHIR: {(issue.Details?.Text ?? issue.Diagnostics ?? "").TrimEnd('.')}{where}.";
            }

            throw new FhirException(HttpStatusCode.UnprocessableEntity, outcome, ex);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or CodedException)
        {
            throw FhirException.Unprocessable($"The patched resource is not valid FHIR: {ex.Message}");
        }
    }
}
