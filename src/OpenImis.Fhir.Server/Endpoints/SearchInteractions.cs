using Hl7.Fhir.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>search-type (GET and POST _search) and history at type and instance level.</summary>
internal static class SearchInteractions
{
    public static Task<IResult> SearchAsync(HttpContext context, string type) =>
        RunSearchAsync(context, type, QueryPairs.From(context.Request.Query));

    public static async Task<IResult> SearchPostAsync(HttpContext context, string type)
    {
        var form = await FormBody.ReadAsync(context, context.RequestAborted);
        return await RunSearchAsync(context, type, [.. QueryPairs.From(context.Request.Query), .. form]);
    }

    public static Task<IResult> TypeHistoryAsync(HttpContext context, string type) => HistoryAsync(context, type, null);

    public static Task<IResult> InstanceHistoryAsync(HttpContext context, string type, string id) => HistoryAsync(context, type, id);

    private static Task<IResult> RunSearchAsync(HttpContext context, string type, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var response = FhirRequest.From(context);
        return Interaction.ExecuteAsync(context, response.Interaction(InteractionKind.Search, type) with
        {
            Criteria = parameters,
            CountOnly = response.Summary == SummaryType.Count,
        }, response);
    }

    private static Task<IResult> HistoryAsync(HttpContext context, string type, string? id)
    {
        var response = FhirRequest.From(context);
        var kind = id is null ? InteractionKind.HistoryType : InteractionKind.HistoryInstance;
        return Interaction.ExecuteAsync(context, response.Interaction(kind, type) with
        {
            Id = id,
            Criteria = QueryPairs.From(context.Request.Query),
        }, response);
    }
}
