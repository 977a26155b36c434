using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>The server creates openIMIS tables only in a database that has none, and never alters an openIMIS one.</summary>
public sealed class SchemaCreationTests
{
    private const string TableCount =
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'tbl%'";

    private const string FhirIndexCount = "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'ix_fhir_%'";

    private static async Task<(long Tables, long Indexes)> StartOnAsync(string? existingDdl)
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

            return (await TestPostgres.CountAsync(database, TableCount), await TestPostgres.CountAsync(database, FhirIndexCount));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_CreatesTablesAndSearchIndexes_WhenDatabaseIsEmpty()
    {
        var (tables, indexes) = await StartOnAsync(null);
        Assert.Equal((11L, 6L), (tables, indexes));
    }

    [Fact]
    public async System.Threading.Tasks.Task Start_LeavesSchemaAlone_WhenOpenImisTablesExist()
    {
        var (tables, indexes) = await StartOnAsync(
            "CREATE TABLE \"tblGender\" (\"Code\" varchar(1) PRIMARY KEY, \"Gender\" varchar(50), \"AltLanguage\" varchar(50), \"SortOrder\" integer)");
        Assert.Equal((1L, 0L), (tables, indexes));
    }
}
