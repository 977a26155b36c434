namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>One server and one fresh database for a test class.</summary>
public class ServerFixture : IAsyncLifetime, IDisposable
{
    private FhirServerFactory? _factory;

    public FhirServerFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string ConnectionString => Factory.ConnectionString;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public HttpClient CreateClient() => Factory.CreateClient();

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        _factory = new FhirServerFactory(connectionString, Settings);
        _ = _factory.Server;
        using var client = CreateClient();
        await SeedAsync(client);
    }

    /// <summary>Writes the rows a test class needs, through the API.</summary>
    protected virtual Task SeedAsync(HttpClient client) => Task.CompletedTask;

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
