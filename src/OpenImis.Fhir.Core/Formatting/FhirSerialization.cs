using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>Parses request bodies and writes responses in JSON or XML, with <c>_summary</c> and <c>_elements</c>.</summary>
public sealed class FhirSerialization
{
    private readonly FhirJsonDeserializer _json = new();
    private readonly FhirXmlDeserializer _xml = new();
    private readonly FhirJsonSerializer _jsonOut = new();
    private readonly FhirXmlSerializer _xmlOut = new();

    /// <summary>Parses a resource; malformed or invalid content is a 400 whose outcome lists every problem found.</summary>
    public Resource Parse(string body, FhirFormat format)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw FhirException.BadRequest("The request body is empty; a FHIR resource was expected.");
        }

        try
        {
            return format == FhirFormat.Json ? _json.DeserializeResource(body) : _xml.DeserializeResource(body);
        }
        catch (DeserializationFailedException ex)
        {
            var outcome = ex.ToOperationOutcome();
            foreach (var issue in outcome.Issue)
            {
                issue.Severity = OperationOutcome.IssueSeverity.Error;
            }

            throw new FhirException(System.Net.HttpStatusCode.BadRequest, outcome, ex);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or XmlException or FormatException or InvalidOperationException or CodedException)
        {
            throw FhirException.BadRequest($"The body is not a valid FHIR {format.ToString().ToUpperInvariant()} resource: {ex.Message}");
        }
    }

    /// <summary>
    /// Parses a resource to be validated: what the parser objects to (a missing mandatory element, an unknown code)
    /// comes back as error issues with the resource as far as it was read, so that <c>$validate</c> reports it like
    /// any other issue. Only a body that yields no resource at all (broken JSON or XML) is a 400.
    /// </summary>
    public (Resource Resource, IReadOnlyList<OperationOutcome.IssueComponent> Issues) ParseForValidation(string body, FhirFormat format)
    {
        try
        {
            return (Parse(body, format), []);
        }
        catch (FhirException ex) when (ex.InnerException is DeserializationFailedException { PartialResult: Resource partial })
        {
            return (partial, ex.Outcome.Issue);
        }
    }

    /// <summary>Writes the resource as UTF-8.</summary>
    public byte[] Serialize(Base resource, FhirFormat format, SummaryType summary, string[]? elements, bool pretty)
    {
        if (format == FhirFormat.Xml)
        {
            return Encoding.UTF8.GetBytes(_xmlOut.SerializeToString(resource, summary, elements, pretty, "Resource", true));
        }

        // The relaxed encoder writes 'O'Brien' rather than 'O\u0027Brien': the body is JSON for FHIR clients, never HTML.
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            _jsonOut.Serialize(resource, writer, summary, elements, true);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON text of a resource, compact.</summary>
    public string ToJson(Base resource) => _jsonOut.SerializeToString(resource);
}
