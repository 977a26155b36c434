using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>read and vread, with the conditional read headers.</summary>
internal static class ReadInteractions
{
    public static async Task<IResult> ReadAsync(HttpContext context, HandlerRegistry registry, string type, string id)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<IReadHandler>(context.RequestServices, type);
        var resource = await Interaction.RunAsync(context, type, "read", () => handler.ReadAsync(id, context.RequestAborted), _ => 1);
        return NotModified(context.Request, resource.Meta ?? new Meta())
            ? new FhirResult(StatusCodes.Status304NotModified, null, request) { VersionOf = resource }
            : new FhirResult(StatusCodes.Status200OK, resource, request) { VersionOf = resource };
    }

    public static async Task<IResult> ReadVersionAsync(
        HttpContext context, HandlerRegistry registry, string type, string id, string versionId)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<IReadHandler>(context.RequestServices, type);
        var resource = await Interaction.RunAsync(
            context, type, "vread", () => handler.ReadVersionAsync(id, versionId, context.RequestAborted), _ => 1);
        return new FhirResult(StatusCodes.Status200OK, resource, request) { VersionOf = resource };
    }

    private static bool NotModified(HttpRequest request, Meta meta)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',').Any(tag => tag.Trim() == "*" || VersionIds.FromETag(tag) == meta.VersionId);
        }

        var ifModifiedSince = request.Headers.IfModifiedSince.ToString();
        if (ifModifiedSince.Length > 0
            && meta.LastUpdated is { } lastUpdated
            && DateTimeOffset.TryParseExact(ifModifiedSince, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            // HTTP dates have whole seconds; compare at that precision.
            return lastUpdated.AddTicks(-(lastUpdated.Ticks % TimeSpan.TicksPerSecond)) <= since;
        }

        return false;
    }
}
