using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Export;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// <c>_typeFilter</c> (Bulk Data 2.0.0): a search query per type (<c>Patient?gender=female</c>), parsed by the
/// engine against the type's own search parameters exactly as a search is, so that every type a module serves is
/// filtered with no export-specific code. Several queries for one type are ORed. The kick-off checks them; each job
/// parses its type's again (job arguments are ids only).
/// </summary>
internal static partial class ExportTypeFilter
{
    // Parameters that shape a search's result rather than select resources: the spec forbids them in _typeFilter.
    // _id values per search when a compartment read by id is filtered: well inside the search's bounds.
    private const int IdBatch = 20;

    private static readonly HashSet<string> ResultParameters = new(StringComparer.Ordinal)
    {
        "_include", "_revinclude", "_sort", "_count", "_offset", "_total", "_summary", "_elements", "_contained", "_containedType", "_format", "_pretty",
    };

    /// <summary>
    /// The accepted queries, as <c>Type?query</c>. What cannot be applied is a 400 naming <c>_typeFilter</c>, or under
    /// lenient handling dropped through <paramref name="refuse"/> (an unknown parameter: that parameter only).
    /// </summary>
    public static async Task<List<string>> CheckAsync(
        IEnumerable<string> values, IReadOnlyList<string> types, bool lenient, Action<string, string> refuse, FhirInteractions interactions, CancellationToken cancellationToken)
    {
        var accepted = new List<string>();
        foreach (var value in values.SelectMany(v => Joined().Split(v)).Where(v => v.Length > 0))
        {
            var mark = value.IndexOf('?', StringComparison.Ordinal);
            var type = mark < 0 ? value : value[..mark];
            if (!types.Contains(type, StringComparer.Ordinal))
            {
                refuse("_typeFilter", $"'{value}' is not a search query of a type this export includes (Type?query).");
                continue;
            }

            var parameters = Parameters(value[(mark + 1)..]);
            foreach (var (name, _) in parameters.Where(p => ResultParameters.Contains(p.Key.Split(':')[0])))
            {
                refuse("_typeFilter", $"'{value}': {name} shapes a search result and cannot select resources to export.");
            }

            parameters = parameters.Where(p => !ResultParameters.Contains(p.Key.Split(':')[0])).ToList();
            SearchQuery parsed;
            try
            {
                parsed = await interactions.ParseCriteriaAsync(type, parameters, strict: !lenient, cancellationToken);
            }
            catch (FhirException ex) when (ex.Status == System.Net.HttpStatusCode.BadRequest)
            {
                refuse("_typeFilter", $"'{value}': {ex.Outcome.Issue.FirstOrDefault()?.Diagnostics ?? ex.Message}");
                continue;
            }

            foreach (var note in parsed.Ignored)
            {
                refuse("_typeFilter", $"'{value}': {note}");
            }

            accepted.Add(type + QueryString.Create(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Value);
        }

        return accepted;
    }

    /// <summary>The window of a job for one type, with that type's queries parsed (leniently: the kick-off checked them).</summary>
    public static async Task<ExportWindow> WindowAsync(ExportJob job, string type, IServiceProvider services, CancellationToken cancellationToken)
    {
        var window = ExportChunkWriter.Window(job);
        var queries = Queries(job, type);
        if (queries.Count == 0)
        {
            return window;
        }

        var interactions = services.GetRequiredService<FhirInteractions>();
        var filters = new List<IReadOnlyList<SearchCriterion>>();
        foreach (var query in queries)
        {
            filters.Add((await interactions.ParseCriteriaAsync(type, Parameters(query[(type.Length + 1)..]), strict: false, cancellationToken)).Criteria);
        }

        return window with { Filters = filters };
    }

    /// <summary>
    /// Of <paramref name="ids"/> (a compartment read by id), those that match the type's queries, found by the same
    /// search with <c>_id</c> added; null when the type has none (every id).
    /// </summary>
    public static async Task<HashSet<string>?> MatchingIdsAsync(
        ExportJob job, string type, IReadOnlyList<string> ids, IServiceProvider services, CancellationToken cancellationToken)
    {
        var queries = Queries(job, type);
        if (queries.Count == 0)
        {
            return null;
        }

        var interactions = services.GetRequiredService<FhirInteractions>();
        var search = services.GetRequiredService<Core.Rest.HandlerRegistry>().Resolve<Core.Rest.ISearchHandler>(services, type);
        var matching = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var query in queries)
        {
            foreach (var batch in ids.Chunk(IdBatch))
            {
                var parameters = Parameters(query[(type.Length + 1)..]);
                parameters.Add(new("_id", string.Join(',', batch)));
                var parsed = await interactions.ParseCriteriaAsync(type, parameters, strict: false, cancellationToken);
                var page = await search.SearchAsync(parsed with { Count = batch.Length, Offset = 0, Total = TotalMode.None, Includes = [] }, cancellationToken);
                matching.UnionWith(page.Matches.Select(m => m.Id!));
            }
        }

        return matching;
    }

    /// <summary>
    /// The parameters of each of the type's queries, to be ANDed with a search of the caller's own; one empty list
    /// when the type has none (every resource).
    /// </summary>
    public static IReadOnlyList<List<KeyValuePair<string, string>>> QueryParameters(ExportJob job, string type)
    {
        var queries = Queries(job, type);
        return queries.Count == 0 ? [[]] : queries.Select(q => Parameters(q[(type.Length + 1)..])).ToList();
    }

    private static List<string> Queries(ExportJob job, string type) =>
        (job.TypeFilters ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(q => q.StartsWith(type + "?", StringComparison.Ordinal))
            .ToList();

    private static List<KeyValuePair<string, string>> Parameters(string query) =>
        QueryHelpers.ParseQuery(query)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)))
            .ToList();

    // Comma-joined queries: a comma that starts another Type? (a comma inside one query separates values of a parameter).
    [GeneratedRegex(",(?=[A-Z][A-Za-z]*\\?)")]
    private static partial Regex Joined();
}
