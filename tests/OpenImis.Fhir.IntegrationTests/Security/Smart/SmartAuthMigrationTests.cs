using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>The hand-written migration builds every table and column the model reads, on SQLite as on PostgreSQL.</summary>
public sealed class SmartAuthMigrationTests
{
    [Fact]
    public async Task Migrate_CreatesEveryTableOfTheModel_WhenTheDatabaseIsSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"smart-{Guid.NewGuid():N}.db");
        try
        {
            await MigrateAndQueryAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path}" });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Migrate_CreatesEveryTableOfTheModel_WhenTheDatabaseIsPostgreSql()
    {
        var connectionString = await Infrastructure.TestPostgres.CreateDatabaseAsync();
        try
        {
            await MigrateAndQueryAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        }
        finally
        {
            await Infrastructure.TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task MigrateAndQueryAsync(DatabaseOptions database)
    {
        var options = SmartAuthDbContext.Configure(new DbContextOptionsBuilder<SmartAuthDbContext>(), database);
        await using var db = new SmartAuthDbContext((DbContextOptions<SmartAuthDbContext>)options.Options);
        await db.Database.MigrateAsync();

        // Each query selects every mapped column: a table or column the migration lacks fails here.
        Assert.Empty(await db.Set<OpenIddictEntityFrameworkCoreApplication>().ToListAsync());
        Assert.Empty(await db.Set<OpenIddictEntityFrameworkCoreAuthorization>().ToListAsync());
        Assert.Empty(await db.Set<OpenIddictEntityFrameworkCoreScope>().ToListAsync());
        Assert.Empty(await db.Set<OpenIddictEntityFrameworkCoreToken>().ToListAsync());
        Assert.Empty(await db.UsedAssertions.ToListAsync());
        Assert.Empty(await db.SigningKeys.ToListAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
