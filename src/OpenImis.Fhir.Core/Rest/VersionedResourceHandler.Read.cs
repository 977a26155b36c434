using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>Read, vread and search.</summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
{
    /// <inheritdoc />
    public async Task<Resource> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var row = await FindAsync(id, cancellationToken);
        return row.ValidityTo is not null
            ? throw FhirException.Gone($"{ResourceType}/{id} was deleted.")
            : Emit(row, ResourceId(row));
    }

    /// <inheritdoc />
    public async Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        var live = await FindAsync(id, cancellationToken);
        if (!VersionIds.TryParse(versionId, out var validityFrom))
        {
            throw FhirException.NotFound($"{ResourceType}/{id} has no version '{versionId}'.");
        }

        // A deletion is the version at ValidityTo (this server moves ValidityFrom there too). A row openIMIS deleted
        // by stamping ValidityTo only still holds its last content as the version at ValidityFrom.
        if (live.ValidityTo is { } deleted && deleted == validityFrom)
        {
            throw FhirException.Gone($"Version {versionId} of {ResourceType}/{id} is its deletion.");
        }

        if (live.ValidityFrom == validityFrom)
        {
            return Emit(live, ResourceId(live));
        }

        var liveId = live.Id;
        var version = await Shape(Rows.AsNoTracking())
            .Where(e => e.LegacyId == liveId && e.ValidityFrom == validityFrom)
            .FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            throw FhirException.NotFound($"{ResourceType}/{id} has no version '{versionId}'.");
        }

        await PrepareVersionsAsync([version], _ => ResourceId(live), cancellationToken);
        return Emit(version, ResourceId(live));
    }

    /// <inheritdoc />
    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var rows = Filter(Rows.AsNoTracking().Where(e => e.ValidityTo == null), query.Criteria);

        int? total = query.Total == TotalMode.Accurate ? await rows.CountAsync(cancellationToken) : null;
        if (query.Count == 0 || (total is not null && query.Offset >= total))
        {
            return new SearchResult([], total);
        }

        // Two steps: the page's keys from the filtered table alone, then those rows with their related rows. One
        // query would join every match to its related rows before sorting and cutting the page.
        var ids = await Order(rows, query.Sort).Skip(query.Offset).Take(query.Count).Select(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return new SearchResult([], total);
        }

        var loaded = await Shape(Rows.AsNoTracking()).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var page = ids.Where(loaded.ContainsKey).Select(id => (Resource)Emit(loaded[id], ResourceId(loaded[id]))).ToList();
        return new SearchResult(page, total);
    }

    // The surrogate key ends every order, so that pages neither repeat nor skip rows.
    private IQueryable<TEntity> Order(IQueryable<TEntity> rows, IReadOnlyList<SortOrder> sort)
    {
        var ordered = rows;
        var first = true;
        foreach (var order in sort)
        {
            var parameter = AllParameters.First(p => ReferenceEquals(p, order.Parameter));
            ordered = parameter.SortKey!.Apply(ordered, order.Descending, thenBy: !first);
            first = false;
        }

        return first ? ordered.OrderBy(e => e.Id) : ((IOrderedQueryable<TEntity>)ordered).ThenBy(e => e.Id);
    }
}
