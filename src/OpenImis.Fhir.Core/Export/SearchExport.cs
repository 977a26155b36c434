using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Export;

/// <summary>Exports a type whose handler only searches (the insurer, from configuration): page by page, whole.</summary>
public static class SearchExport
{
    private const int PageSize = 200;

    /// <summary>The live resources of <paramref name="handler"/> changed within <paramref name="window"/>.</summary>
    public static async IAsyncEnumerable<Resource> ExportAsync(
        ISearchHandler handler, ExportWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await handler.SearchAsync(new SearchQuery { Count = PageSize, Offset = offset, Total = TotalMode.None }, cancellationToken);
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
