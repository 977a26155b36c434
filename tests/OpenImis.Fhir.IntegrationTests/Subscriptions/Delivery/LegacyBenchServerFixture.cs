using Microsoft.AspNetCore.Mvc.Testing;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// The server as deployed, for SB-12 on changes openIMIS writes in SQL: the demo database, the change detector, the
/// real matcher, notification builder and dispatcher, all on their production defaults (detector every 2 s, dispatcher
/// poll 1 s); only loopback http subscribers are allowed. No test doubles.
/// </summary>
public sealed class LegacyBenchServerFixture : IAsyncLifetime, IDisposable
{
    private FhirServerFactory? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IServiceProvider Services => Factory.Services;

    public string ConnectionString => _factory!.ConnectionString;

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        _factory = new FhirServerFactory(connectionString, new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "true",
            ["Fhir:Validation:WarmUp"] = "false",
            ["Subscriptions:AllowHttp"] = "true",
            ["Subscriptions:AllowPrivateEndpoints"] = "true",
        });
        _ = _factory.Server;
    }

    public void Dispose()
    {
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }

    public async System.Threading.Tasks.Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(_factory.ConnectionString);
        }
    }
}
