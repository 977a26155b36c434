using System.Text;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Patch;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>Reads and parses a request body within the configured size limit.</summary>
internal static class RequestBody
{
    public static async Task<Resource> ReadResourceAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var format = ContentNegotiation.RequestFormat(context.Request);
        var text = await ReadTextAsync(context, cancellationToken);
        return context.RequestServices.GetRequiredService<FhirSerialization>().Parse(text, format);
    }

    /// <summary>A PATCH body: a JSON Patch (<c>application/json-patch+json</c>), or a FHIRPath Patch (a Parameters in JSON or XML).</summary>
    public static async Task<PatchDocument> ReadPatchAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Request.ContentType?.Split(';')[0].Trim() is "application/json-patch+json")
        {
            return PatchDocument.FromJsonPatch(await ReadTextAsync(context, cancellationToken));
        }

        var body = await ReadResourceAsync(context, cancellationToken);
        return body is Parameters parameters
            ? PatchDocument.FromParameters(parameters)
            : throw FhirException.UnsupportedMediaType(
                $"A PATCH body is a JSON Patch (application/json-patch+json) or a FHIRPath Patch Parameters, not a {body.TypeName}.");
    }

    // Counted here rather than left to Kestrel, so the limit holds behind any server (test host, reverse proxy).
    public static async Task<string> ReadTextAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var limit = context.RequestServices.GetRequiredService<IOptionsMonitor<FhirServerOptions>>().CurrentValue.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw FhirException.BadRequest("The request body is not valid UTF-8.");
        }
    }

    private static FhirException TooLarge(long limit) =>
        FhirException.TooLarge($"The request body is over the limit of {limit} bytes (Fhir:MaxBodyBytes).");
}
