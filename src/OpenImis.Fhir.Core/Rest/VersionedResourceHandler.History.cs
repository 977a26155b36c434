using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>History at instance and type level, read from the openIMIS history rows.</summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
{
    /// <inheritdoc />
    public async Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken)
    {
        IQueryable<TEntity> rows = Rows.AsNoTracking();
        if (id is not null)
        {
            var live = await FindAsync(id, cancellationToken);
            var liveId = live.Id;
            rows = rows.Where(e => e.Id == liveId || e.LegacyId == liveId);
        }

        // A deletion happened at ValidityTo. This server (and the openIMIS backend) also moves ValidityFrom there,
        // but openIMIS's older stored procedures stamp ValidityTo only: dating deletions by ValidityFrom would hide
        // them from _since, and mCSD consumers would never learn of them.
        if (query.Since is { } since)
        {
            rows = rows.Where(e => (e.LegacyId == null && e.ValidityTo != null ? e.ValidityTo.Value : e.ValidityFrom) >= since);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = query.Count == 0
            ? []
            : await Shape(rows
                    .OrderByDescending(e => e.LegacyId == null && e.ValidityTo != null ? e.ValidityTo.Value : e.ValidityFrom)
                    .ThenByDescending(e => e.Id))
                .Skip(query.Offset).Take(query.Count).ToListAsync(cancellationToken);

        var liveIds = page.Where(r => r.LegacyId is not null).Select(r => r.LegacyId!.Value).Distinct().ToList();
        var uuids = await Rows.AsNoTracking()
            .Where(e => liveIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Uuid })
            .ToDictionaryAsync(e => e.Id, e => e.Uuid.ToLowerInvariant(), cancellationToken);

        string IdOf(TEntity row) => row.LegacyId is { } legacy ? uuids.GetValueOrDefault(legacy, row.Uuid) : ResourceId(row);
        var firstVersions = await FirstVersionsAsync(page, cancellationToken);
        await PrepareVersionsAsync(page, IdOf, cancellationToken);
        var entries = page.Select(row =>
        {
            var resourceId = IdOf(row);
            if (row.LegacyId is null && row.ValidityTo is { } deleted)
            {
                return new HistoryEntry(null, resourceId, VersionIds.From(deleted), deleted, Bundle.HTTPVerb.DELETE);
            }

            var versionId = VersionIds.From(row.ValidityFrom);

            var method = firstVersions.Contains((row.LegacyId ?? row.Id, row.ValidityFrom)) ? Bundle.HTTPVerb.POST : Bundle.HTTPVerb.PUT;
            return new HistoryEntry(Emit(row, resourceId), resourceId, versionId, row.ValidityFrom, method);
        }).ToList();
        return new HistoryResult(entries, total);
    }

    // A version is the creation when no older version of the same resource exists.
    private async Task<HashSet<(int LiveId, DateTime ValidityFrom)>> FirstVersionsAsync(
        IReadOnlyList<TEntity> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(r => r.LegacyId ?? r.Id).Distinct().ToList();
        var firsts = await Rows.AsNoTracking()
            .Where(e => ids.Contains(e.Id) || (e.LegacyId != null && ids.Contains(e.LegacyId.Value)))
            .GroupBy(e => e.LegacyId ?? e.Id)
            .Select(g => new { LiveId = g.Key, First = g.Min(e => e.ValidityFrom) })
            .ToListAsync(cancellationToken);
        return firsts.Select(f => (f.LiveId, f.First)).ToHashSet();
    }
}
