using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Insuree.Demo;
using OpenImis.Fhir.Modules.Location.Demo;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.IntegrationTests.Demo;

public sealed class DemoSeederTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public async Task SeedAsync_WritesTwentyLiveFamilies_WhenDatabaseIsPostgreSql()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();

        await SeedAsync(database.Db);

        Assert.Equal(InsureeDemoSeeder.FamilyCount, await database.Reopen().Set<Family>().CountAsync(f => f.ValidityTo == null));
    }

    [Fact]
    public async Task SeedAsync_RecordsEditsAsOpenImisHistoryRows_WhenDatabaseIsPostgreSql()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();

        await SeedAsync(database.Db);

        Assert.Equal(ExpectedShape, await ShapeAsync(database.Reopen()));
    }

    [Fact]
    public async Task SeedAsync_WritesTheSameDemo_WhenDatabaseIsSqlite()
    {
        await using var database = await DemoDatabase.SqliteAsync();

        await SeedAsync(database.Db);

        Assert.Equal(ExpectedShape, await ShapeAsync(database.Reopen()));
    }

    [Fact]
    public async Task SeedAsync_ChangesNothing_WhenRunASecondTime()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();
        await SeedAsync(database.Db);

        await SeedAsync(database.Reopen());

        Assert.Equal(ExpectedShape, await ShapeAsync(database.Reopen()));
    }

    [Fact]
    public async Task SeedAsync_KeepsEveryHistoryRowBeforeItsLiveVersion_WhenDatabaseIsPostgreSql()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();
        await SeedAsync(database.Db);
        var db = database.Reopen();

        var misordered = await db.Set<InsureeRow>().IgnoreQueryFilters()
            .Where(h => h.LegacyId != null)
            .Join(db.Set<InsureeRow>().IgnoreQueryFilters(), h => h.LegacyId, l => l.Id, (h, l) => new { h, l })
            .CountAsync(x => x.h.ValidityTo == null || x.h.ValidityTo > x.l.ValidityFrom || x.h.Uuid == x.l.Uuid);

        Assert.Equal(0, misordered);
    }

    // Live families, family history rows, insuree history rows, deleted insurees, photos, location history rows.
    private static (int, int, int, int, int, int) ExpectedShape => (20, 1, 4, 1, InsureeDemoSeeder.PhotoCount, 1);

    private static async Task SeedAsync(ImisDbContext db)
    {
        await new LocationDemoSeeder().SeedAsync(db, Today, CancellationToken.None);
        await new InsureeDemoSeeder().SeedAsync(db, Today, CancellationToken.None);
    }

    private static async Task<(int, int, int, int, int, int)> ShapeAsync(ImisDbContext db)
    {
        var families = db.Set<Family>().IgnoreQueryFilters();
        var insurees = db.Set<InsureeRow>().IgnoreQueryFilters();
        return (
            await families.CountAsync(f => f.ValidityTo == null),
            await families.CountAsync(f => f.LegacyId != null),
            await insurees.CountAsync(i => i.LegacyId != null),
            await insurees.CountAsync(i => i.LegacyId == null && i.ValidityTo != null),
            await db.Set<Photo>().CountAsync(),
            await db.Set<LocationRow>().IgnoreQueryFilters().CountAsync(l => l.LegacyId != null));
    }
}
