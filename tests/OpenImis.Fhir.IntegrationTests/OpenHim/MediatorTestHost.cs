using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>
/// A real Generic Host with only the mediator wired in (no database): registration and heartbeat
/// run exactly as in the server, against the fake core.
/// </summary>
internal sealed class MediatorTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MediatorTestHost(IHost host, LogCapture logs)
    {
        _host = host;
        Logs = logs;
    }

    public LogCapture Logs { get; }

    public IServiceProvider Services => _host.Services;

    public TestFhirOptions FhirOptions => Services.GetRequiredService<IOptionsMonitor<TestFhirOptions>>().CurrentValue;

    /// <summary>Settings that make a test fast: 200 ms heartbeats, short backoff.</summary>
    public static Dictionary<string, string?> Settings(Uri coreUrl) => new()
    {
        ["OpenHim:Enabled"] = "true",
        ["OpenHim:ApiUrl"] = coreUrl.ToString(),
        ["OpenHim:Username"] = FakeOpenHimCore.Email,
        ["OpenHim:Password"] = FakeOpenHimCore.Password,
        ["OpenHim:HeartbeatInterval"] = "00:00:00.200",
        ["OpenHim:Endpoint:Host"] = "openimis-fhir",
        ["OpenHim:Endpoint:Port"] = "8099",
        ["OpenHim:Resilience:RetryDelay"] = "00:00:00.050",
        ["OpenHim:Resilience:MaxRetryDelay"] = "00:00:00.250",
        ["OpenHim:Resilience:MaxRetryAttempts"] = "1",
        ["OpenHim:Resilience:AttemptTimeout"] = "00:00:05",
        ["OpenHim:Resilience:BreakDuration"] = "00:00:00.500",
        ["Fhir:BaseUrl"] = "http://localhost:8099/fhir",
    };

    public static async Task<MediatorTestHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new LogCapture();
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        builder.AddOpenHimMediator();
        builder.Services.Configure<TestFhirOptions>(builder.Configuration.GetSection("Fhir"));

        var host = builder.Build();
        await host.StartAsync();
        return new MediatorTestHost(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
