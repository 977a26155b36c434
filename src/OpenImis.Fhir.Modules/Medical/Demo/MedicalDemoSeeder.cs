using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Medical.Data;

namespace OpenImis.Fhir.Modules.Medical.Demo;

/// <summary>
/// Seeds a few medical items and services (<see cref="MedicalDemoRows"/>) on an empty table, and raises the
/// consultation's price once, following the openIMIS history convention, so that _history has a second version.
/// </summary>
internal sealed class MedicalDemoSeeder : IDemoDataSeeder
{
    public const string RepricedServiceCode = "A1";
    public const decimal FormerPrice = 35m;

    public int Order => 30;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<MedicalItem>().AnyAsync(cancellationToken) || await db.Set<MedicalService>().AnyAsync(cancellationToken))
        {
            return;
        }

        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var created = today.AddYears(-5).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var items = MedicalDemoRows.Items(created);
        var services = MedicalDemoRows.Services(created);
        db.AddRange(items);
        db.AddRange(services);
        await db.SaveChangesAsync(cancellationToken);

        var repriced = services.Single(s => s.Code == RepricedServiceCode);
        var changed = today.AddDays(-60).ToDateTime(new TimeOnly(11, 15, 30), DateTimeKind.Utc);
        var history = (MedicalService)db.Entry(repriced).CurrentValues.ToObject();
        history.Id = 0;
        history.Uuid = "6f0c1e35-5f59-4c55-9d1f-0b7e3c1a9a01";
        history.Price = FormerPrice;
        history.ValidityTo = changed;
        history.LegacyId = repriced.Id;
        db.Add(history);
        repriced.ValidityFrom = changed;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
