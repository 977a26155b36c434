using System.Globalization;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>read and vread, with the conditional read headers.</summary>
internal static class ReadInteractions
{
    public static Task<IResult> ReadAsync(HttpContext context, string type, string id)
    {
        var response = FhirRequest.From(context);
        var headers = context.Request.Headers;
        return Interaction.ExecuteAsync(context, response.Interaction(InteractionKind.Read, type) with
        {
            Id = id,
            IfNoneMatch = NullIfEmpty(headers.IfNoneMatch.ToString()),
            IfModifiedSince = DateTimeOffset.TryParseExact(
                headers.IfModifiedSince.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
                ? since
                : null,
        }, response);
    }

    public static Task<IResult> ReadVersionAsync(HttpContext context, string type, string id, string versionId)
    {
        var response = FhirRequest.From(context);
        return Interaction.ExecuteAsync(context, response.Interaction(InteractionKind.VRead, type) with { Id = id, VersionId = versionId }, response);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
