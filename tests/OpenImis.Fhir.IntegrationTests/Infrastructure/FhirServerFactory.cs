using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>The real server over a PostgreSQL database of its own, with optional setting overrides.</summary>
public sealed class FhirServerFactory(string connectionString, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>Settings a test changes while the server runs.</summary>
    public LiveSettings LiveSettings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.Add(LiveSettings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(SharedConformance.Store);
            services.AddSingleton(SharedConformance.Validator);
        });
    }
}
