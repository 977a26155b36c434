using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>create, update, patch and delete, by id or by criteria (<c>[type]?search</c>).</summary>
internal static class WriteInteractions
{
    public static async Task<IResult> CreateAsync(HttpContext context, string type)
    {
        var response = FhirRequest.From(context);
        var ifNoneExist = context.Request.Headers["If-None-Exist"].ToString();
        var request = Authorized(context, response.Interaction(InteractionKind.Create, type) with { IfNoneExist = ifNoneExist.Length == 0 ? null : ifNoneExist });
        var resource = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
        return await Interaction.ExecuteAsync(context, request with { Resource = resource }, response);
    }

    public static Task<IResult> UpdateAsync(HttpContext context, string type, string id) => UpdateAsync(context, type, id, null);

    public static Task<IResult> ConditionalUpdateAsync(HttpContext context, string type) =>
        UpdateAsync(context, type, null, Criteria(context));

    public static Task<IResult> PatchAsync(HttpContext context, string type, string id) => PatchAsync(context, type, id, null);

    public static Task<IResult> ConditionalPatchAsync(HttpContext context, string type) => PatchAsync(context, type, null, Criteria(context));

    public static Task<IResult> DeleteAsync(HttpContext context, string type, string id) => DeleteAsync(context, type, id, null);

    public static Task<IResult> ConditionalDeleteAsync(HttpContext context, string type) => DeleteAsync(context, type, null, Criteria(context));

    private static async Task<IResult> UpdateAsync(HttpContext context, string type, string? id, IReadOnlyList<KeyValuePair<string, string>>? criteria)
    {
        var response = FhirRequest.From(context);
        var request = Authorized(context, response.Interaction(InteractionKind.Update, type) with { Id = id, Criteria = criteria, IfMatch = IfMatch(context) });
        var resource = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
        return await Interaction.ExecuteAsync(context, request with { Resource = resource }, response);
    }

    private static async Task<IResult> PatchAsync(HttpContext context, string type, string? id, IReadOnlyList<KeyValuePair<string, string>>? criteria)
    {
        var response = FhirRequest.From(context);
        var request = Authorized(context, response.Interaction(InteractionKind.Patch, type) with { Id = id, Criteria = criteria, IfMatch = IfMatch(context) });
        var patch = await RequestBody.ReadPatchAsync(context, context.RequestAborted);
        return await Interaction.ExecuteAsync(context, request with { Patch = patch }, response);
    }

    private static Task<IResult> DeleteAsync(HttpContext context, string type, string? id, IReadOnlyList<KeyValuePair<string, string>>? criteria)
    {
        var response = FhirRequest.From(context);
        return Interaction.ExecuteAsync(context, response.Interaction(InteractionKind.Delete, type) with
        {
            Id = id, Criteria = criteria, IfMatch = IfMatch(context),
        }, response);
    }

    // A write the caller's scopes refuse is refused before its body is read: no parsing, no validation for it.
    private static InteractionRequest Authorized(HttpContext context, InteractionRequest request)
    {
        context.RequestServices.GetRequiredService<FhirInteractions>().Authorize(request);
        return request;
    }

    // The query of a conditional write is its criteria; the response parameters are not.
    private static List<KeyValuePair<string, string>> Criteria(HttpContext context) =>
        [.. QueryPairs.From(context.Request.Query).Where(p => !FhirRequest.ResponseParameters.Contains(p.Key))];

    private static string? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value : null;
}
