using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>
/// Parses request bodies and writes responses in JSON or XML, with <c>_summary</c> and <c>_elements</c>. A body is
/// read within limits (its length, a nesting depth of 64, no DTD) before Firely reads it, so that a hostile body is
/// refused with a 400 in time linear in its length.
/// </summary>
public sealed class FhirSerialization
{
    private readonly FhirJsonDeserializer _json = new();
    private readonly FhirXmlDeserializer _xml = new();
    private readonly FhirJsonSerializer _jsonOut = new();
    private readonly FhirXmlSerializer _xmlOut = new();
    private readonly Func<long> _maxCharacters;

    /// <summary>A serialization whose bodies may be as long as the default <see cref="FhirServerOptions.MaxBodyBytes"/>.</summary>
    public FhirSerialization()
    {
        var limit = new FhirServerOptions().MaxBodyBytes;
        _maxCharacters = () => limit;
    }

    /// <summary>A serialization whose bodies may be as long as <see cref="FhirServerOptions.MaxBodyBytes"/>, read live.</summary>
    public FhirSerialization(IOptionsMonitor<FhirServerOptions> options)
    {
        // A UTF-8 body never has more characters than bytes, so the byte limit bounds the characters too.
        _maxCharacters = () => options.CurrentValue.MaxBodyBytes;
    }

    /// <summary>Parses a resource; malformed or invalid content is a 400 whose outcome lists every problem found.</summary>
    public Resource Parse(string body, FhirFormat format) => Parse(body, format, _maxCharacters());

    /// <summary>Parses a resource of at most <paramref name="maxCharacters"/> characters (a longer one is a 413).</summary>
    public Resource Parse(string body, FhirFormat format, long maxCharacters)
    {
        var (resource, issues) = Read(body, format, maxCharacters);
        return issues.Count == 0
            ? resource
            : throw new FhirException(HttpStatusCode.BadRequest, new OperationOutcome { Issue = issues });
    }

    /// <summary>
    /// Parses a resource to be validated: what the parser objects to (a missing mandatory element, an unknown code)
    /// comes back as error issues with the resource as far as it was read, so that <c>$validate</c> reports it like
    /// any other issue. Only a body that yields no resource at all (broken JSON or XML) is a 400.
    /// </summary>
    public (Resource Resource, IReadOnlyList<OperationOutcome.IssueComponent> Issues) ParseForValidation(string body, FhirFormat format) =>
        ParseForValidation(body, format, _maxCharacters());

    /// <summary><see cref="ParseForValidation(string, FhirFormat)"/> for a body of at most <paramref name="maxCharacters"/> characters.</summary>
    public (Resource Resource, IReadOnlyList<OperationOutcome.IssueComponent> Issues) ParseForValidation(
        string body, FhirFormat format, long maxCharacters) => Read(body, format, maxCharacters);

    /// <summary>Writes the resource as UTF-8.</summary>
    public byte[] Serialize(Base resource, FhirFormat format, SummaryType summary, string[]? elements, bool pretty)
    {
        var filter = SubsettedTagFilter.Factory(summary, elements);
        if (format == FhirFormat.Xml)
        {
            // The root element is the resource's type: FHIR XML has no wrapper element.
            return SerializationUtil.WriteXmlToBytes(writer => _xmlOut.Serialize(resource, writer, filter, null), pretty);
        }

        // The relaxed encoder writes 'O'Brien' rather than 'O\u0027Brien': the body is JSON for FHIR clients, never HTML.
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            _jsonOut.Serialize(resource, writer, filter);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON text of a resource, compact.</summary>
    public string ToJson(Base resource) => _jsonOut.SerializeToString(resource);

    private (Resource Resource, List<OperationOutcome.IssueComponent> Issues) Read(string body, FhirFormat format, long maxCharacters)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw FhirException.BadRequest("The request body is empty; a FHIR resource was expected.");
        }

        if (body.Length > maxCharacters)
        {
            throw FhirException.TooLarge($"The request body has {body.Length} characters, over the limit of {maxCharacters}.");
        }

        Resource resource;
        var issues = new List<OperationOutcome.IssueComponent>();
        try
        {
            resource = format == FhirFormat.Json ? ReadJson(body) : ReadXml(body, maxCharacters);
        }
        catch (DeserializationFailedException ex)
        {
            var outcome = ParserOutcome(ex);
            resource = ex.PartialResult as Resource ?? throw new FhirException(HttpStatusCode.BadRequest, outcome, ex);
            issues.AddRange(outcome.Issue);
        }
        catch (Exception ex) when (ex is JsonException or XmlException or FormatException or InvalidOperationException or CodedException)
        {
            throw FhirException.BadRequest($"The body is not a valid FHIR {format.ToString().ToUpperInvariant()} resource: {ex.Message}");
        }

        issues.AddRange(StringCharacters.Issues(resource).Take(BodyLimits.MaxIssues));
        return (resource, issues);
    }

    private static OperationOutcome ParserOutcome(DeserializationFailedException ex)
    {
        var count = ex.Exceptions.Count;
        var listed = count > BodyLimits.MaxIssues ? new DeserializationFailedException(ex.PartialResult, ex.Exceptions.Take(BodyLimits.MaxIssues)) : ex;
        var outcome = listed.ToOperationOutcome();
        foreach (var issue in outcome.Issue)
        {
            issue.Severity = OperationOutcome.IssueSeverity.Error;
        }

        if (count > BodyLimits.MaxIssues)
        {
            outcome.Issue.Add(Outcomes.Issue(
                OperationOutcome.IssueSeverity.Error,
                OperationOutcome.IssueType.Invalid,
                $"The parser found {count - BodyLimits.MaxIssues} more problems, not listed here."));
        }

        return outcome;
    }

    private Resource ReadJson(string body)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        JsonBody.Check(utf8);
        var reader = new Utf8JsonReader(utf8, JsonBody.Options);
        return _json.DeserializeResource(ref reader);
    }

    private Resource ReadXml(string body, long maxCharacters)
    {
        using var reader = XmlBody.CheckedReader(body, maxCharacters);
        return _xml.DeserializeResource(reader);
    }
}
