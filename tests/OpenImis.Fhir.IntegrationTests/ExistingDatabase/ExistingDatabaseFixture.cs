using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.ExistingDatabase;

/// <summary>
/// The server started, with schema creation off, on a database that openIMIS made: its DDL from the recorded schema
/// facts (<see cref="OpenImisDdl"/>) and rows as openIMIS writes them (openimis-rows.sql beside this file).
/// </summary>
public sealed class ExistingDatabaseFixture : IAsyncLifetime, IDisposable
{
    private FhirServerFactory? _factory;

    public FhirServerFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public HttpClient CreateClient() => Factory.CreateClient();

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var rows = await File.ReadAllTextAsync(Path.Combine(
            RepositoryPaths.Root, "tests", "OpenImis.Fhir.IntegrationTests", "ExistingDatabase", "openimis-rows.sql"));
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(OpenImisDdl.Script() + rows, connection);
            await command.ExecuteNonQueryAsync();
        }

        _factory = new FhirServerFactory(database, new Dictionary<string, string?> { ["Database:CreateSchema"] = "false" });
        _ = _factory.Server;
    }

    public void Dispose()
    {
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(_factory.ConnectionString);
        }
    }
}
