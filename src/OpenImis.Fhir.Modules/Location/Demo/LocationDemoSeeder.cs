using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Location.Demo;

/// <summary>
/// Seeds the demo location tree (<see cref="DemoLocationTree"/>) and renames one village once, following the
/// openIMIS history convention, so that Location <c>_history</c> has a second version to show.
/// </summary>
internal sealed class LocationDemoSeeder : IDemoDataSeeder
{
    /// <summary>The village renamed once; its first name is kept in a history row.</summary>
    public const string RenamedVillageCode = "R1D1M1V2";

    public int Order => 10;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var created = today.AddYears(-6).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        if (!await DemoLocationTree.EnsureAsync(db, created, cancellationToken))
        {
            return;
        }

        var village = await db.Set<Data.Location>().SingleAsync(l => l.Code == RenamedVillageCode, cancellationToken);
        var renamed = today.AddDays(-60).ToDateTime(new TimeOnly(14, 30, 15), DateTimeKind.Utc);
        var history = (Data.Location)db.Entry(village).CurrentValues.ToObject();
        history.Id = 0;
        history.Uuid = DemoUuid.Next(new Random(DemoLocationTree.Seed + 1));
        history.Name = "Baraka Juu";
        history.ValidityTo = renamed;
        history.LegacyId = village.Id;
        db.Add(history);
        village.ValidityFrom = renamed;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
