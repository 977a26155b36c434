using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Export;

/// <summary>Exports a type whose handler only searches (the insurer, from configuration): page by page, whole.</summary>
public static class SearchExport
{
    private const int PageSize = 200;

    /// <summary>The live resources of <paramref name="handler"/> changed within <paramref name="window"/> that match its filters.</summary>
    public static async IAsyncEnumerable<Resource> ExportAsync(
        ISearchHandler handler, ExportWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Several _typeFilter queries are ORed: one search each, a resource matched by two written once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<IReadOnlyList<SearchCriterion>> filters = window.Filters.Count == 0 ? [[]] : window.Filters;
        foreach (var filter in filters)
        {
            await foreach (var resource in PagesAsync(handler, filter, window, cancellationToken))
            {
                if (filters.Count == 1 || seen.Add(resource.Id ?? string.Empty))
                {
                    yield return resource;
                }
            }
        }
    }

    private static async IAsyncEnumerable<Resource> PagesAsync(
        ISearchHandler handler, IReadOnlyList<SearchCriterion> criteria, ExportWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += PageSize)
        {
            var query = new SearchQuery { Criteria = criteria, Count = PageSize, Offset = offset, Total = TotalMode.None };
            var page = await handler.SearchAsync(query, cancellationToken);
            foreach (var resource in page.Matches.Where(r => Within(r, window)))
            {
                yield return resource;
            }

            if (page.Matches.Count < PageSize)
            {
                yield break;
            }
        }
    }

    // A resource without lastUpdated has no change time: it is exported whatever _since says (the spec allows it).
    private static bool Within(Resource resource, ExportWindow window) =>
        resource.Meta?.LastUpdated is not { } updated
        || (updated.UtcDateTime <= window.Until && (window.Since is null || updated.UtcDateTime > window.Since));
}
