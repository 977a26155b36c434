using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// Creates the openIMIS tables in an empty database and seeds the demo data when asked to. It runs as the host
/// starts, after the options were validated and before the server takes requests.
/// </summary>
internal sealed class DatabaseStartup(
    IServiceProvider services, IOptions<DatabaseOptions> options, TimeProvider clock, ILogger<DatabaseStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateSchema)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        var indexes = scope.ServiceProvider.GetServices<SearchIndex>();
        var created = await SchemaInitializer.EnsureTablesAsync(db, indexes, logger, cancellationToken);
        if (!created)
        {
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }

        if (!options.Value.SeedDemoData)
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, today, cancellationToken);
        }

        logger.LogInformation("Seeded the demo dataset");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
