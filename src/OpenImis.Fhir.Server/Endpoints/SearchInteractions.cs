using System.Globalization;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>search-type (GET and POST _search) and history at type and instance level.</summary>
internal static class SearchInteractions
{
    public static Task<IResult> SearchAsync(HttpContext context, HandlerRegistry registry, string type) =>
        RunSearchAsync(context, registry, type, QueryPairs.From(context.Request.Query));

    public static async Task<IResult> SearchPostAsync(HttpContext context, HandlerRegistry registry, string type)
    {
        var form = await FormBody.ReadAsync(context, context.RequestAborted);
        return await RunSearchAsync(context, registry, type, [.. QueryPairs.From(context.Request.Query), .. form]);
    }

    public static Task<IResult> TypeHistoryAsync(HttpContext context, HandlerRegistry registry, string type) =>
        HistoryAsync(context, registry, type, null);

    public static Task<IResult> InstanceHistoryAsync(HttpContext context, HandlerRegistry registry, string type, string id) =>
        HistoryAsync(context, registry, type, id);

    private static async Task<IResult> RunSearchAsync(
        HttpContext context, HandlerRegistry registry, string type, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<ISearchHandler>(context.RequestServices, type);
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<SearchOptions>>().CurrentValue;
        var query = SearchQueryParser.Parse(parameters, handler.SearchParameters, options, request.Strict);
        if (request.Summary == SummaryType.Count)
        {
            query = query with { Count = 0, Total = TotalMode.Accurate };
        }

        var result = await Interaction.RunAsync(
            context, type, "search-type", () => handler.SearchAsync(query, context.RequestAborted), r => r.Total ?? r.Matches.Count);
        var bundle = BundleFactory.SearchSet(type, query, result, request.BaseUrl);
        return new FhirResult(StatusCodes.Status200OK, bundle, request);
    }

    private static async Task<IResult> HistoryAsync(HttpContext context, HandlerRegistry registry, string type, string? id)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<IHistoryHandler>(context.RequestServices, type);
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<SearchOptions>>().CurrentValue;
        var query = context.Request.Query;
        var history = new HistoryQuery(
            ParseSince(query["_since"].ToString()),
            Math.Min(ParseInt(query["_count"].ToString(), "_count") ?? options.DefaultCount, options.MaxCount),
            ParseInt(query["_offset"].ToString(), "_offset") ?? 0);
        var result = await Interaction.RunAsync(
            context, type, id is null ? "history-type" : "history-instance", () => handler.HistoryAsync(id, history, context.RequestAborted), r => r.Total);
        var path = id is null ? $"{type}/_history" : $"{type}/{id}/_history";
        return new FhirResult(StatusCodes.Status200OK, BundleFactory.History(path, history, result, request.BaseUrl, type), request);
    }

    private static DateTime? ParseSince(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return FhirDateRange.TryParse(value.Replace(' ', '+'), out var start, out _)
            ? start
            : throw FhirException.BadRequest($"'_since' must be a FHIR instant such as 2024-05-17T10:00:00Z, not '{value}'.");
    }

    private static int? ParseInt(string value, string name)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw FhirException.BadRequest($"'{name}' must be a non-negative integer, not '{value}'.");
    }
}
