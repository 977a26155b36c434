using Microsoft.AspNetCore.Mvc.Testing;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.EndToEnd;

/// <summary>
/// The server as deployed: the real subscription API, matcher, notification builder and dispatcher over the demo
/// database, on the delivery tests' short clock, loopback subscribers allowed. No test doubles.
/// </summary>
public sealed class EndToEndServerFixture : IAsyncLifetime, IDisposable
{
    private FhirServerFactory? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        _factory = new FhirServerFactory(connectionString, DeliveryServerFixture.DeliverySettings(seed: true));
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
