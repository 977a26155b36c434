using Microsoft.Data.Sqlite;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hostile;

/// <summary>The real server over a SQLite database file of its own, created and seeded with the demo dataset at start-up.</summary>
public sealed class SqliteDemoServerFixture : IAsyncLifetime, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"openimis-fhir-{Guid.NewGuid():N}.db");
    private FhirServerFactory? _factory;

    public HttpClient CreateClient() => (_factory ?? throw new InvalidOperationException("The fixture is not initialized.")).CreateClient();

    public Task InitializeAsync()
    {
        var connectionString = $"Data Source={_file}";
        _factory = new FhirServerFactory(connectionString, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = connectionString,
            ["Database:SeedDemoData"] = "true",
        });
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public void Dispose() => _factory?.Dispose();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }
}
