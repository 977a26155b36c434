using Npgsql;
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

    private static async Task<(long Tables, long Indexes, long Genders)> StartOnAsync(string? existingDdl)
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

            using (var factory = new FhirServerFactory(database, new Dictionary<string, string?>()))
            {
                _ = factory.Server;
            }

            return (
                await TestPostgres.CountAsync(database, TableCount),
                await TestPostgres.CountAsync(database, FhirIndexCount),
                await TestPostgres.CountAsync(database, GenderCount));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_CreatesTablesAndSearchIndexes_WhenDatabaseIsEmpty()
    {
        var (tables, indexes, _) = await StartOnAsync(null);
        // 6 for Patient and Group (InsureeSearchIndexes), 4 for Location (LocationSearchIndexes), 3 for health
        // facilities (HealthFacilitySearchIndexes); tblHF, tblLegalForms and tblHFSublevel are the last three tables.
        Assert.Equal((14L, 13L), (tables, indexes));
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_FillsLookupTables_WhenItCreatesTablesWithoutDemoData()
    {
        var (_, _, genders) = await StartOnAsync(null);
        Assert.True(genders > 0);
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_LeavesSchemaAlone_WhenOpenImisTablesExist()
    {
        var (tables, indexes, genders) = await StartOnAsync(
            "CREATE TABLE \"tblGender\" (\"Code\" varchar(1) PRIMARY KEY, \"Gender\" varchar(50), \"AltLanguage\" varchar(50), \"SortOrder\" integer)");
        Assert.Equal((1L, 0L, 0L), (tables, indexes, genders));
    }
}
