using Microsoft.Data.Sqlite;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>
/// The real server on the embedded default: a SQLite file of its own, created by the server at start-up with the demo
/// data, as the README's first command runs it.
/// </summary>
public sealed class SqliteServerFixture : IAsyncLifetime, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"openimis-fhir-test-{Guid.NewGuid():N}.db");
    private FhirServerFactory? _factory;

    public FhirServerFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public HttpClient CreateClient() => Factory.CreateClient();

    public Task InitializeAsync()
    {
        var connectionString = $"Data Source={_path}";
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
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }
}
