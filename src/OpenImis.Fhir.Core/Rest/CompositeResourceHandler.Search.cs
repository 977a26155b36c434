using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>Search and history over every source.</summary>
public sealed partial class CompositeResourceHandler
{
    /// <inheritdoc />
    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        // The sources' matches follow one another in registration order: each source's count tells how much of the
        // offset it takes, so pages neither repeat nor skip. A source without one of the criteria's parameters
        // cannot match them.
        var page = new List<Hl7.Fhir.Model.Resource>();
        var total = 0;
        var skip = query.Offset;
        foreach (var source in _sources)
        {
            if (Rebind(query, source) is not { } own)
            {
                continue;
            }

            var result = await source.SearchAsync(
                own with { Offset = skip, Count = Math.Max(0, query.Count - page.Count), Total = TotalMode.Accurate },
                cancellationToken);
            var count = result.Total ?? throw new InvalidOperationException($"A source of {ResourceType} did not count its matches.");
            total += count;
            page.AddRange(result.Matches);
            skip = Math.Max(0, skip - count);
        }

        return new SearchResult(page, query.Total == TotalMode.Accurate ? total : null);
    }

    /// <inheritdoc />
    public async Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            return await (await HolderAsync(id, cancellationToken)).HistoryAsync(id, query, cancellationToken);
        }

        // Versions are ordered by time across sources: each gives its newest offset+count, the merge keeps the page.
        var wanted = query with { Offset = 0, Count = query.Offset + query.Count };
        var entries = new List<HistoryEntry>();
        var total = 0;
        foreach (var source in _sources)
        {
            var result = await source.HistoryAsync(null, wanted, cancellationToken);
            total += result.Total;
            entries.AddRange(result.Entries);
        }

        // Ties at one instant keep each source's own order (the sort is stable and the sources come in registration
        // order): a source's newest offset+count are then a prefix of the merged order, so a page boundary inside a
        // tie neither skips nor repeats a version. Ordering ties by resource id instead broke that.
        var page = entries
            .OrderByDescending(e => e.LastUpdated)
            .Skip(query.Offset)
            .Take(query.Count)
            .ToList();
        return new HistoryResult(page, total);
    }

    // The query with each parameter replaced by the source's own of the same name; null when the source lacks one
    // that a criterion uses. A sort key every source must have, or the order across them means nothing.
    private SearchQuery? Rebind(SearchQuery query, IResourceSource source)
    {
        var criteria = new List<SearchCriterion>(query.Criteria.Count);
        foreach (var criterion in query.Criteria)
        {
            if (Own(source, criterion.Parameter) is not { } parameter)
            {
                return null;
            }

            criteria.Add(criterion with { Parameter = parameter });
        }

        var sort = query.Sort.Select(order => order with
        {
            Parameter = Own(source, order.Parameter) is { Sortable: true } own
                ? own
                : throw FhirException.BadRequest($"_sort={order.Parameter.Name}: not every kind of {ResourceType} can be sorted by it."),
        }).ToList();
        return query with { Criteria = criteria, Sort = sort };
    }

    private static ISearchParameter? Own(IResourceSource source, ISearchParameter parameter) =>
        source.SearchParameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.Ordinal));
}
