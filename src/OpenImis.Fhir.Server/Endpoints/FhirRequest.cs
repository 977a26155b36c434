using Hl7.Fhir.Rest;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>What a request asks of the response: format, pretty printing, summary, elements and preferences.</summary>
internal sealed record FhirRequest(
    FhirFormat Format,
    bool Pretty,
    SummaryType Summary,
    string[]? Elements,
    string BaseUrl,
    PreferReturn Return,
    bool Strict)
{
    /// <summary>The query parameters that shape the response rather than select resources.</summary>
    public static readonly HashSet<string> ResponseParameters = new(StringComparer.Ordinal) { "_format", "_pretty", "_summary", "_elements" };

    public static FhirRequest From(HttpContext context)
    {
        var query = context.Request.Query;
        var prefer = ParsePrefer(context.Request.Headers["Prefer"].ToString());
        return new FhirRequest(
            ContentNegotiation.ResponseFormat(context.Request),
            ParseBool(query["_pretty"].ToString(), "_pretty"),
            ParseSummary(query["_summary"].ToString()),
            ParseElements(query["_elements"].ToString()),
            BaseUrlResolver.Resolve(context),
            ParseReturn(prefer.GetValueOrDefault("return")),
            prefer.GetValueOrDefault("handling") == "strict");
    }

    /// <summary>The engine's request for an interaction on <paramref name="type"/>, with this request's preferences.</summary>
    public InteractionRequest Interaction(InteractionKind kind, string type) => new()
    {
        Kind = kind,
        ResourceType = type,
        BaseUrl = BaseUrl,
        Return = Return,
        Strict = Strict,
    };

    // An unknown preference is ignored, as RFC 7240 asks.
    private static PreferReturn ParseReturn(string? value) => value switch
    {
        "minimal" => PreferReturn.Minimal,
        "OperationOutcome" => PreferReturn.OperationOutcome,
        _ => PreferReturn.Representation,
    };

    private static bool ParseBool(string value, string name) => value switch
    {
        "" or "false" => false,
        "true" => true,
        _ => throw FhirException.BadRequest($"'{name}' must be true or false, not '{value}'."),
    };

    private static SummaryType ParseSummary(string value) => value switch
    {
        "" or "false" => SummaryType.False,
        "true" => SummaryType.True,
        "text" => SummaryType.Text,
        "data" => SummaryType.Data,
        "count" => SummaryType.Count,
        _ => throw FhirException.BadRequest($"'_summary' must be true, false, text, data or count, not '{value}'."),
    };

    private static string[]? ParseElements(string value) =>
        value.Length == 0 ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string> ParsePrefer(string header) =>
        header.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim('"'));
}
