using System.Text;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Rest.Patch;

namespace OpenImis.Fhir.Core.Rest.Bundles;

/// <summary>Turns a batch or transaction entry into the <see cref="InteractionRequest"/> its request URL and method describe.</summary>
internal static class EntryRequests
{
    public const string JsonPatchMediaType = "application/json-patch+json";

    public static InteractionRequest From(Bundle.EntryComponent entry, int index, BundleContext context)
    {
        var where = $"Bundle.entry[{index}].request";
        var method = entry.Request?.Method ?? throw FhirException.BadRequest($"{where}.method is required.", $"{where}.method");
        var (segments, query) = SplitUrl(entry.Request.Url, context.BaseUrl, where);
        var request = new InteractionRequest
        {
            Kind = InteractionKind.Read,
            ResourceType = segments[0],
            BaseUrl = context.BaseUrl,
            Return = context.Return,
            Strict = context.Strict,
            IfMatch = entry.Request.IfMatch,
            IfNoneExist = entry.Request.IfNoneExist,
            IfNoneMatch = entry.Request.IfNoneMatch,
            IfModifiedSince = entry.Request.IfModifiedSince,
        };
        return method switch
        {
            Bundle.HTTPVerb.GET or Bundle.HTTPVerb.HEAD => Get(request, segments, query, where),
            Bundle.HTTPVerb.POST when segments.Length == 1 && query is null =>
                request with { Kind = InteractionKind.Create, Resource = Body(entry, index) },
            Bundle.HTTPVerb.PUT => Target(request with { Kind = InteractionKind.Update, Resource = Body(entry, index) }, segments, query, where),
            Bundle.HTTPVerb.DELETE => Target(request with { Kind = InteractionKind.Delete }, segments, query, where),
            Bundle.HTTPVerb.PATCH => Target(request with { Kind = InteractionKind.Patch, Patch = PatchOf(entry, index) }, segments, query, where),
            _ => throw FhirException.BadRequest($"{where}: {method} {entry.Request.Url} is not an interaction this server runs in a Bundle.", where),
        };
    }

    private static InteractionRequest Get(InteractionRequest request, string[] segments, string? query, string where)
    {
        var criteria = query is null ? [] : ConditionalCriteria.FromQuery(query, where);
        return segments switch
        {
            [_] => request with
            {
                Kind = InteractionKind.Search, Criteria = criteria, CountOnly = criteria.Any(p => p.Key == "_summary" && p.Value == "count"),
            },
            [_, "_history"] => request with { Kind = InteractionKind.HistoryType, Criteria = criteria },
            [_, var id] => request with { Kind = InteractionKind.Read, Id = id },
            [_, var id, "_history"] => request with { Kind = InteractionKind.HistoryInstance, Id = id, Criteria = criteria },
            [_, var id, "_history", var version] => request with { Kind = InteractionKind.VRead, Id = id, VersionId = version },
            _ => throw FhirException.BadRequest($"{where}.url '{string.Join('/', segments)}' is not a read, search or history.", $"{where}.url"),
        };
    }

    // PUT, DELETE and PATCH name their target by id ([type]/[id]) or by criteria ([type]?criteria).
    private static InteractionRequest Target(InteractionRequest request, string[] segments, string? query, string where) => segments switch
    {
        [_, var id] when query is null => request with { Id = id },
        [_] when query is not null => request with { Criteria = ConditionalCriteria.FromQuery(query, where) },
        _ => throw FhirException.BadRequest(
            $"{where}.url must be [type]/[id] or [type]?[criteria] for {request.Kind.ToString().ToLowerInvariant()}.", $"{where}.url"),
    };

    private static (string[] Segments, string? Query) SplitUrl(string? url, string baseUrl, string where)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw FhirException.BadRequest($"{where}.url is required.", $"{where}.url");
        }

        var prefix = baseUrl.TrimEnd('/') + "/";
        var relative = url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? url[prefix.Length..] : url;
        if (Uri.TryCreate(relative, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            throw FhirException.BadRequest($"{where}.url '{url}' is not on this server ({baseUrl}).", $"{where}.url");
        }

        var question = relative.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? relative : relative[..question];
        var query = question < 0 ? null : relative[(question + 1)..];
        var segments = path.Trim('/').Split('/');
        return segments[0].Length == 0
            ? throw FhirException.BadRequest($"{where}.url '{url}' names no resource type.", $"{where}.url")
            : (segments, query);
    }

    private static Resource Body(Bundle.EntryComponent entry, int index) =>
        entry.Resource ?? throw FhirException.BadRequest($"Bundle.entry[{index}].resource is required for {entry.Request!.Method}.", $"Bundle.entry[{index}].resource");

    // A PATCH entry carries a FHIRPath Patch (Parameters) or a JSON Patch in a Binary, as FHIR prescribes.
    private static PatchDocument PatchOf(Bundle.EntryComponent entry, int index) => entry.Resource switch
    {
        Parameters parameters => PatchDocument.FromParameters(parameters),
        Binary { ContentType: JsonPatchMediaType, Data: { } data } => PatchDocument.FromJsonPatch(Encoding.UTF8.GetString(data)),
        _ => throw FhirException.BadRequest(
            $"Bundle.entry[{index}].resource of a PATCH must be a Parameters (FHIRPath Patch) or a Binary of {JsonPatchMediaType}.",
            $"Bundle.entry[{index}].resource"),
    };
}
