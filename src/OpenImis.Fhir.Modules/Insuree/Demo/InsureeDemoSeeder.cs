using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>
/// The insuree reference tables, then 20 families drawn with a fixed seed (9-digit CHFIDs from 100000001),
/// photos for the first heads, and a few edits made the openIMIS way so that <c>_history</c> and deleted
/// resources have something to show: see <see cref="DemoHistory"/>.
/// </summary>
internal sealed class InsureeDemoSeeder : IDemoDataSeeder
{
    public const int FamilyCount = 20;
    // Far from the small seeds people pass to the generator, so that the demo's UUIDs are its own.
    public const int Seed = 1_000_020;
    public const int PhotoCount = 6;

    // A 1×1 PNG: the photo's bytes matter less than the Patient.photo the mapper builds from the row.
    private const string PhotoPng =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public int Order => 20;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<Data.Insuree>().IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        // The server may already run the seeders in one transaction; otherwise this one is all or nothing.
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await InsureeLookups.EnsureAsync(db, cancellationToken);

        var random = new Random(Seed + 1);
        var families = await DrawFamiliesAsync(db, today, cancellationToken);
        var heads = families.Select(f => f.Head).ToList();
        heads[0].Email ??= $"{heads[0].OtherNames.Split(' ')[0].ToLowerInvariant()}.{heads[0].LastName.ToLowerInvariant()}@example.org";
        heads[0].Phone ??= "+255754000001";

        // The family↔head cycle: insurees without a family first, then families, then the links.
        db.AddRange(families.SelectMany(f => f.Insurees));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var family in families)
        {
            family.Family.HeadInsureeId = family.Head.Id;
        }

        db.AddRange(families.Select(f => f.Family));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var family in families)
        {
            family.Insurees.ToList().ForEach(i => i.FamilyId = family.Family.Id);
        }

        foreach (var head in heads.Take(PhotoCount))
        {
            head.Photo = Photo(head, random);
            head.PhotoDate = head.Photo.Date;
        }

        await db.SaveChangesAsync(cancellationToken);
        await new DemoHistory(db, random, today).ApplyAsync(families, cancellationToken);
        db.ChangeTracker.Clear();
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<List<SyntheticFamily>> DrawFamiliesAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var villages = await db.Set<Location.Data.Location>()
            .Where(l => l.Type == LocationTypes.Village && l.ValidityTo == null)
            .OrderBy(l => l.Code).ThenBy(l => l.Id)
            .Select(l => new VillageRef(l.Id, l.Name ?? l.Code ?? "Village"))
            .ToListAsync(cancellationToken);
        if (villages.Count == 0)
        {
            throw new InvalidOperationException("The insuree demo data needs the location demo data: seed Location first.");
        }

        var factory = new SyntheticFamilyFactory(Seed, villages, today, chfIdPrefix: "1", chfIdDigits: 8);
        return Enumerable.Range(0, FamilyCount).Select(_ => factory.Next()).ToList();
    }

    private static Photo Photo(Data.Insuree insuree, Random random)
    {
        var date = DateOnly.FromDateTime(insuree.ValidityFrom);
        return new Photo
        {
            Uuid = DemoUuid.Next(random),
            InsureeId = insuree.Id,
            ChfId = insuree.ChfId,
            Folder = "Images/Updated/",
            FileName = $"{insuree.ChfId}_E00001_{date:yyyyMMdd}_0.0_0.0.png",
            OfficerId = 1,
            Date = date,
            Content = PhotoPng,
            ValidityFrom = insuree.ValidityFrom,
            AuditUserId = 1,
        };
    }
}
