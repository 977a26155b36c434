using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>
/// Edits on the demo families, recorded the way openIMIS records them: the live row is first copied to a
/// history row (new id, new UUID, <c>ValidityTo</c> = the edit time, <c>LegacyID</c> = the live id), then
/// changed in place, keeping its id and UUID. A delete does the same and stamps <c>ValidityFrom</c> and
/// <c>ValidityTo</c> on the live row.
/// <list type="bullet">
/// <item>family 2's head: phone changed 20 days ago (two versions);</item>
/// <item>family 3: poverty flag flipped 15 days ago (two versions of the Group);</item>
/// <item>family 4's head: marital status changed 12 days ago, moved 5 days ago (three versions);</item>
/// <item>family 5's last member: deleted 3 days ago (a 410 Gone on read).</item>
/// </list>
/// </summary>
internal sealed class DemoHistory(ImisDbContext db, Random random, DateOnly today)
{
    public async Task ApplyAsync(IReadOnlyList<SyntheticFamily> families, CancellationToken cancellationToken)
    {
        var phoneHead = families[1].Head;
        Edit(phoneHead, DaysAgo(20, 10, 5), i => i.Phone = "+255713000020");

        var poorFamily = families[2].Family;
        Edit(poorFamily, DaysAgo(15, 9, 40), f => f.Poverty = !(f.Poverty ?? false));

        var movedHead = families[3].Head;
        Edit(movedHead, DaysAgo(12, 11, 0), i => i.Marital = i.Marital == "M" ? "W" : "M");
        await db.SaveChangesAsync(cancellationToken);
        Edit(movedHead, DaysAgo(5, 16, 20), i => i.CurrentAddress = "House 7, Mwenge");

        var leaving = families.Skip(4).First(f => f.Insurees.Count > 1).Insurees[^1];
        var deleted = DaysAgo(3, 8, 45);
        Edit(leaving, deleted, i => i.ValidityTo = deleted);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Edit<T>(T live, DateTime at, Action<T> change)
        where T : class, IVersionedRow
    {
        var history = (T)db.Entry(live).CurrentValues.ToObject();
        history.Id = 0;
        history.Uuid = DemoUuid.Next(random);
        history.ValidityTo = at;
        history.LegacyId = live.Id;
        db.Add(history);
        change(live);
        live.ValidityFrom = at;
    }

    private DateTime DaysAgo(int days, int hour, int minute) =>
        today.AddDays(-days).ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc);
}
