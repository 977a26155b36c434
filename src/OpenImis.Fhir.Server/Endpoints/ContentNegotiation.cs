using Microsoft.Net.Http.Headers;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>Chooses formats: the response by <c>_format</c> then Accept, the request body by Content-Type.</summary>
internal static class ContentNegotiation
{
    public const string JsonMediaType = "application/fhir+json";
    public const string XmlMediaType = "application/fhir+xml";

    private static readonly Dictionary<string, FhirFormat> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = FhirFormat.Json, ["application/json"] = FhirFormat.Json, [JsonMediaType] = FhirFormat.Json,
        ["application/json+fhir"] = FhirFormat.Json,
        ["xml"] = FhirFormat.Xml, ["application/xml"] = FhirFormat.Xml, ["text/xml"] = FhirFormat.Xml,
        [XmlMediaType] = FhirFormat.Xml, ["application/xml+fhir"] = FhirFormat.Xml,
    };

    public static FhirFormat ResponseFormat(HttpRequest request)
    {
        var format = request.Query["_format"].ToString();
        if (format.Length > 0)
        {
            // A '+' in a query string arrives as a space.
            return Known.TryGetValue(format.Replace(' ', '+').Split(';')[0].Trim(), out var chosen)
                ? chosen
                : throw new FhirException(System.Net.HttpStatusCode.NotAcceptable, Outcomes.Error(
                    Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported,
                    $"'_format={format}' is not supported; use json or xml."));
        }

        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var parsed) || parsed is null)
        {
            return FhirFormat.Json;
        }

        var accepts = parsed.OrderByDescending(a => a.Quality ?? 1);
        foreach (var accept in accepts)
        {
            if (Known.TryGetValue(accept.MediaType.Value ?? string.Empty, out var chosen))
            {
                return chosen;
            }
        }

        return FhirFormat.Json;
    }

    public static FhirFormat RequestFormat(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw FhirException.UnsupportedMediaType(
                $"The request has no Content-Type; send {JsonMediaType} or {XmlMediaType}.");
        }

        var mediaType = contentType.Split(';')[0].Trim();
        return Known.TryGetValue(mediaType, out var format) && mediaType.Contains('/', StringComparison.Ordinal)
            ? format
            : throw FhirException.UnsupportedMediaType(
                $"Content-Type '{mediaType}' is not supported; send {JsonMediaType}, application/json or {XmlMediaType}.");
    }

    public static string MediaType(FhirFormat format) => format == FhirFormat.Json ? JsonMediaType : XmlMediaType;
}
