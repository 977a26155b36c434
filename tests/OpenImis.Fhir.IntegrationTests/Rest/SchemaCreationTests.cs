using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>The server creates openIMIS tables only in a database that has none, and never alters an openIMIS one.</summary>
public sealed class SchemaCreationTests
{
    private const string TableCount =
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'tbl%'";

    private const string FhirIndexCount = "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'ix_fhir_%'";

    private const string GenderCount =
        "SELECT CASE WHEN to_regclass('\"tblGender\"') IS NULL THEN -1 ELSE (SELECT count(*) FROM \"tblGender\") END";

    private static async Task<(long Tables, long Indexes, long Genders, (long Tables, long Indexes) Expected)> StartOnAsync(string? existingDdl)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            if (existingDdl is not null)
            {
                await using var connection = new NpgsqlConnection(database);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(existingDdl, connection);
                await command.ExecuteNonQueryAsync();
            }

            (long, long) expected;
            using (var factory = new FhirServerFactory(database, new Dictionary<string, string?>()))
            {
                _ = factory.Server;
                expected = Expected(factory.Services);
            }

            return (
                await TestPostgres.CountAsync(database, TableCount),
                await TestPostgres.CountAsync(database, FhirIndexCount),
                await TestPostgres.CountAsync(database, GenderCount),
                expected);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_CreatesTablesAndSearchIndexes_WhenDatabaseIsEmpty()
    {
        // Every table the enabled modules map and every search index they declare, whatever the modules are.
        var (tables, indexes, _, expected) = await StartOnAsync(null);
        Assert.Equal(expected, (tables, indexes));
    }

    private static (long Tables, long Indexes) Expected(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<ImisDbContext>().Model;
        var tables = model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t?.StartsWith("tbl", StringComparison.Ordinal) == true).Distinct().LongCount();
        return (tables, services.GetServices<SearchIndex>().LongCount());
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_FillsLookupTables_WhenItCreatesTablesWithoutDemoData()
    {
        var (_, _, genders, _) = await StartOnAsync(null);
        Assert.True(genders > 0);
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_LeavesSchemaAlone_WhenOpenImisTablesExist()
    {
        var (tables, indexes, genders, _) = await StartOnAsync(
            "CREATE TABLE \"tblGender\" (\"Code\" varchar(1) PRIMARY KEY, \"Gender\" varchar(50), \"AltLanguage\" varchar(50), \"SortOrder\" integer)");
        Assert.Equal((1L, 0L, 0L), (tables, indexes, genders));
    }
}
