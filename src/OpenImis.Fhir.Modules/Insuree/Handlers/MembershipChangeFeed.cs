using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>
/// The membership changes the change detector finds in <c>tblInsuree</c>: openIMIS moves an insuree by giving it a new
/// version with another <c>FamilyID</c> (history copy, then update), which changes no family row. An insuree version
/// that began after the cursor and whose family differs from its previous version's is a change of both families; a
/// new insuree in a family, and a deleted member (its <c>ValidityTo</c>), are a change of that family. Each is a Group
/// update whose version id is the instant (<see cref="MembershipEvents"/>), so a FHIR write's own event is not repeated.
/// Families that are deleted are left out: their deletion is their event.
/// </summary>
internal static class MembershipChangeFeed
{
    /// <summary>
    /// The changes later than <paramref name="since"/>, oldest first, in the <see cref="IChangeFeed"/> contract: an
    /// answer of <paramref name="max"/> or more is complete up to its last instant (but for ties at that instant).
    /// </summary>
    public static async Task<List<RowChange>> ChangedSinceAsync(ImisDbContext db, DateTime since, int max, CancellationToken cancellationToken)
    {
        var changes = new List<(int FamilyId, DateTime At)>();
        DateTime? lastAt = null;
        var lastId = 0;

        // Versions that change no family make no event, so the rows are read a page at a time until max events are
        // found or the rows run out: a short answer must be a complete one.
        while (changes.Count < max)
        {
            var page = await Page(db, since, lastAt, lastId, max, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            changes.AddRange(await ChangesOfAsync(db, page, cancellationToken));
            (lastAt, lastId) = (page[^1].At, page[^1].Id);
            if (page.Count < max)
            {
                break;
            }
        }

        if (changes.Count == 0)
        {
            return [];
        }

        var familyIds = changes.Select(c => c.FamilyId).Distinct().ToList();
        var uuids = await db.Set<Family>().AsNoTracking()
            .Where(f => familyIds.Contains(f.Id) && f.LegacyId == null && f.ValidityTo == null)
            .Select(f => new { f.Id, f.Uuid })
            .ToDictionaryAsync(f => f.Id, f => f.Uuid.ToLowerInvariant(), cancellationToken);
        return changes
            .Where(c => uuids.ContainsKey(c.FamilyId))
            .Select(c => new RowChange("Group", uuids[c.FamilyId], VersionIds.From(c.At), ChangeAction.Update, DateTime.SpecifyKind(c.At, DateTimeKind.Utc)))
            .DistinctBy(c => (c.ResourceId, c.VersionId))
            .OrderBy(c => c.OccurredAt).ThenBy(c => c.ResourceId, StringComparer.Ordinal)
            .ToList();
    }

    // The insuree rows changed after since, from (lastAt, lastId) on: versions that began (live or history rows), and
    // deleted live rows at their ValidityTo.
    private static async Task<List<VersionRow>> Page(ImisDbContext db, DateTime since, DateTime? lastAt, int lastId, int max, CancellationToken cancellationToken) =>
        (await db.Set<Data.Insuree>().AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.LegacyId,
                i.FamilyId,
                i.ValidityFrom,
                Deleted = i.LegacyId == null && i.ValidityTo != null,
                At = i.LegacyId == null && i.ValidityTo != null ? i.ValidityTo!.Value : i.ValidityFrom,
            })
            .Where(v => v.At > since && (lastAt == null || v.At > lastAt || (v.At == lastAt && v.Id > lastId)))
            .OrderBy(v => v.At).ThenBy(v => v.Id)
            .Take(max)
            .ToListAsync(cancellationToken))
        .Select(v => new VersionRow(v.Id, v.LegacyId, v.FamilyId, v.ValidityFrom, v.Deleted, v.At))
        .ToList();

    private static async Task<List<(int FamilyId, DateTime At)>> ChangesOfAsync(ImisDbContext db, List<VersionRow> page, CancellationToken cancellationToken)
    {
        // Every version of the insurees concerned, to find each changed version's predecessor. LegacyID has no index in
        // openIMIS: one query per page, only when something changed.
        var keys = page.Select(v => v.LegacyId ?? v.Id).Distinct().ToList();
        var versions = (await db.Set<Data.Insuree>().AsNoTracking()
                .Where(i => keys.Contains(i.Id) || (i.LegacyId != null && keys.Contains(i.LegacyId.Value)))
                .Select(i => new { i.Id, Key = i.LegacyId ?? i.Id, i.FamilyId, i.ValidityFrom })
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.Key);
        var changes = new List<(int, DateTime)>();
        foreach (var version in page)
        {
            if (version.Deleted)
            {
                if (version.FamilyId is { } left)
                {
                    changes.Add((left, version.At));
                }

                continue;
            }

            var previous = versions[version.LegacyId ?? version.Id]
                .Where(v => v.Id != version.Id && v.ValidityFrom < version.ValidityFrom)
                .MaxBy(v => v.ValidityFrom);
            if (previous is not null && previous.FamilyId == version.FamilyId)
            {
                continue;
            }

            foreach (var family in new[] { previous?.FamilyId, version.FamilyId }.OfType<int>())
            {
                changes.Add((family, version.At));
            }
        }

        return changes;
    }

    private sealed record VersionRow(int Id, int? LegacyId, int? FamilyId, DateTime ValidityFrom, bool Deleted, DateTime At);
}
