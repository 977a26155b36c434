using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// The server over the demo database with the dispatcher on a short clock (poll 100 ms, backoff 50 ms doubling to
/// 500 ms), loopback subscribers allowed, and the test notification builder.
/// </summary>
public class DeliveryServerFixture : IAsyncLifetime, IDisposable
{
    private FhirServerFactory? _root;
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IServiceProvider Services => Factory.Services;

    public string ConnectionString => _root!.ConnectionString;

    public static Dictionary<string, string?> DeliverySettings(bool seed) => new()
    {
        ["Database:SeedDemoData"] = seed ? "true" : "false",
        ["Fhir:Validation:WarmUp"] = "false",
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Subscriptions:AllowHttp"] = "true",
        ["Subscriptions:AllowPrivateEndpoints"] = "true",
        ["Subscriptions:Delivery:PollInterval"] = "00:00:00.100",
        ["Subscriptions:Delivery:BackoffBase"] = "00:00:00.050",
        ["Subscriptions:Delivery:BackoffCap"] = "00:00:00.500",
        ["Subscriptions:Delivery:DefaultTimeout"] = "00:00:05",
    };

    protected virtual IReadOnlyDictionary<string, string?> Settings => DeliverySettings(seed: true);

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        _root = new FhirServerFactory(connectionString, Settings);
        _factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<INotificationBuilder, FakeNotificationBuilder>();
            ConfigureServices(s);
        }));
        _ = _factory.Server;
    }

    /// <summary>More test services (a matcher double).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The factory with the test double of the notification builder.</summary>
    public static WebApplicationFactory<Program> WithFakeBuilder(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<INotificationBuilder, FakeNotificationBuilder>()));

    public void Dispose()
    {
        _factory?.Dispose();
        _root?.Dispose();
        GC.SuppressFinalize(this);
    }

    public async System.Threading.Tasks.Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_root is not null)
        {
            await _root.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(_root.ConnectionString);
        }
    }
}
