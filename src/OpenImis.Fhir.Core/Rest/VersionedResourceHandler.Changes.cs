using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The change feed: versions of this type's live rows written after a point in time, by anyone.</summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource> : IChangeFeed
{
    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<RowChange>> ChangedSinceAsync(DateTime since, int max, CancellationToken cancellationToken)
    {
        // A delete stamps ValidityTo on the live row (openIMIS may leave ValidityFrom as it was): its version is the
        // ValidityTo, which the server's own deletes set equal to ValidityFrom, so both name a delete alike.
        var rows = await Rows.AsNoTracking()
            .Where(e => e.LegacyId == null && (e.ValidityTo == null ? e.ValidityFrom > since : e.ValidityTo > since))
            .Select(e => new { e.Id, e.Uuid, e.ValidityFrom, e.ValidityTo, At = e.ValidityTo ?? e.ValidityFrom })
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        // A live row without history rows was created; one with them was updated. LegacyID has no index in openIMIS,
        // so this is one query per pass and type, and only when something changed.
        var live = rows.Where(r => r.ValidityTo == null).Select(r => r.Id).ToList();
        var updated = live.Count == 0
            ? []
            : (await Db.Set<TEntity>().AsNoTracking()
                .Where(h => h.LegacyId != null && live.Contains(h.LegacyId.Value))
                .Select(h => h.LegacyId!.Value).Distinct()
                .ToListAsync(cancellationToken)).ToHashSet();
        return rows.Select(r => new RowChange(
                ResourceType,
                r.Uuid.ToLowerInvariant(),
                VersionIds.From(r.At),
                r.ValidityTo is not null ? ChangeAction.Delete : updated.Contains(r.Id) ? ChangeAction.Update : ChangeAction.Create,
                DateTime.SpecifyKind(r.At, DateTimeKind.Utc)))
            .ToList();
    }
}
