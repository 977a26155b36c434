extern alias bench;

using bench::OpenImis.Fhir.Bench.Generation;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Demo;
using OpenImis.Fhir.Modules.Insuree.Data;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;

namespace OpenImis.Fhir.IntegrationTests.Bench;

public sealed class InsureeSyntheticGeneratorTests
{
    private const int Families = 300;

    [Fact]
    public async Task GenerateAsync_WritesExactlyTheFamiliesAndTheirMembers_WhenDatabaseIsPostgreSql()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();

        var report = await new InsureeSyntheticGenerator().GenerateAsync(database.Db, Families, 11, CancellationToken.None);

        Assert.Equal((Families, report.Insurees), await CountAsync(database.Reopen()));
    }

    [Fact]
    public async Task GenerateAsync_LinksEveryFamilyAndItsHead_WhenDatabaseIsPostgreSql()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();

        await new InsureeSyntheticGenerator().GenerateAsync(database.Db, Families, 11, CancellationToken.None);

        Assert.Equal(Families, await LinkedHeadsAsync(database.Reopen()));
    }

    [Fact]
    public async Task GenerateAsync_LinksEveryFamilyAndItsHead_WhenForeignKeysAreDeferrableAsInOpenImis()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();
        await database.Db.Database.ExecuteSqlRawAsync(
            """
            ALTER TABLE "tblInsuree" ALTER CONSTRAINT "FK_tblInsuree_tblFamilies_FamilyID" DEFERRABLE INITIALLY DEFERRED;
            ALTER TABLE "tblFamilies" ALTER CONSTRAINT "FK_tblFamilies_tblInsuree_InsureeID" DEFERRABLE INITIALLY DEFERRED;
            """);

        await new InsureeSyntheticGenerator().GenerateAsync(database.Db, Families, 11, CancellationToken.None);

        Assert.Equal(Families, await LinkedHeadsAsync(database.Reopen()));
    }

    [Fact]
    public async Task GenerateAsync_GivesIdenticalChfIds_WhenTwoDatabasesUseTheSameSeed()
    {
        await using var first = await DemoDatabase.PostgreSqlAsync();
        await using var second = await DemoDatabase.PostgreSqlAsync();

        await new InsureeSyntheticGenerator().GenerateAsync(first.Db, Families, 12, CancellationToken.None);
        await new InsureeSyntheticGenerator().GenerateAsync(second.Db, Families, 12, CancellationToken.None);

        Assert.Equal(await ChfIdsAsync(first.Reopen()), await ChfIdsAsync(second.Reopen()));
    }

    [Fact]
    public async Task GenerateAsync_Throws_WhenSeedWasAlreadyUsedOnTheDatabase()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();
        await new InsureeSyntheticGenerator().GenerateAsync(database.Db, 10, 13, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new InsureeSyntheticGenerator().GenerateAsync(database.Reopen(), 10, 13, CancellationToken.None));

        Assert.Contains("Seed 13 was already used", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_WritesTheSameRowsAsOnPostgreSql_WhenDatabaseIsSqlite()
    {
        await using var postgres = await DemoDatabase.PostgreSqlAsync();
        await using var sqlite = await DemoDatabase.SqliteAsync();

        await new InsureeSyntheticGenerator().GenerateAsync(postgres.Db, Families, 14, CancellationToken.None);
        await new InsureeSyntheticGenerator().GenerateAsync(sqlite.Db, Families, 14, CancellationToken.None);

        Assert.Equal(await ChfIdsAsync(postgres.Reopen()), await ChfIdsAsync(sqlite.Reopen()));
        Assert.Equal(Families, await LinkedHeadsAsync(sqlite.Db));
    }

    private static async Task<(int Families, int Insurees)> CountAsync(ImisDbContext db) =>
        (await db.Set<Family>().IgnoreQueryFilters().CountAsync(), await db.Set<InsureeRow>().IgnoreQueryFilters().CountAsync(i => i.FamilyId != null));

    // A family is linked when its head insuree points back to it and is the family's only head.
    private static Task<int> LinkedHeadsAsync(ImisDbContext db) =>
        db.Set<Family>().IgnoreQueryFilters()
            .CountAsync(f => f.HeadInsuree!.IsHead && f.HeadInsuree.FamilyId == f.Id && f.Members.Count(m => m.IsHead) == 1);

    private static Task<List<string>> ChfIdsAsync(ImisDbContext db) =>
        db.Set<InsureeRow>().IgnoreQueryFilters().OrderBy(i => i.ChfId)
            .Select(i => i.ChfId + " " + i.Uuid + " " + i.LastName + " " + i.Family!.Uuid)
            .ToListAsync();
}
