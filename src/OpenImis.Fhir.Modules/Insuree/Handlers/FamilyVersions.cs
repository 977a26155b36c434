using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>
/// The members of superseded family versions. Membership lives on the insuree rows, and openIMIS versions those on
/// their own: an insuree's history rows keep the <c>FamilyID</c> (the live family's id) they had. A family version
/// valid over [ValidityFrom, ValidityTo) lists every insuree with a version in the family that overlaps that span.
/// Not "live at ValidityFrom": a write stamps the family before it moves the members (joiners start a moment after
/// the family version, a deletion detaches the head a moment before its end), so one instant would miss them.
/// </summary>
internal static class FamilyVersions
{
    /// <summary>Fills <see cref="Family.Members"/> and <see cref="Family.HeadInsuree"/> of history rows as they were.</summary>
    public static async Task LoadMembersAsync(ImisDbContext db, IReadOnlyList<Family> versions, CancellationToken cancellationToken)
    {
        var familyIds = versions.Select(v => v.LegacyId!.Value).Distinct().ToList();
        var insurees = await db.Set<Data.Insuree>().AsNoTracking()
            .Where(i => i.FamilyId != null && familyIds.Contains(i.FamilyId.Value))
            .ToListAsync(cancellationToken);

        // A deleted insuree's live row is only the mark of its deletion; its last version is a history row.
        var versionsOfMembers = insurees.Where(i => i.LegacyId is not null || i.ValidityTo is null).ToList();
        var liveUuids = insurees.Where(i => i.LegacyId is null).ToDictionary(i => i.Id, i => i.Uuid);
        foreach (var family in versions)
        {
            var during = versionsOfMembers
                .Where(i => i.FamilyId == family.LegacyId && i.ValidityFrom < family.ValidityTo && (i.ValidityTo is null || i.ValidityTo > family.ValidityFrom))
                .GroupBy(i => i.LegacyId ?? i.Id)
                .Where(g => liveUuids.ContainsKey(g.Key))
                .Select(g => AsMember(g.MaxBy(i => i.ValidityFrom)!, g.Key, liveUuids[g.Key]))
                .ToList();
            family.Members = during;
            family.HeadInsuree = during.FirstOrDefault(m => m.Id == family.HeadInsureeId) ?? family.HeadInsuree;
        }
    }

    // The member's latest version during the family version, standing for the live insuree (its id and UUID); a new
    // object, since one insuree version can belong to several family versions. It carries what GroupMapper reads.
    private static Data.Insuree AsMember(Data.Insuree version, int liveId, string liveUuid) => new()
    {
        Id = liveId,
        Uuid = liveUuid,
        ChfId = version.ChfId,
        LastName = version.LastName,
        OtherNames = version.OtherNames,
        FamilyId = version.FamilyId,
        IsHead = version.IsHead,
        ValidityFrom = version.ValidityFrom,
    };
}
