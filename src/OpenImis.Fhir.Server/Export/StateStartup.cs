using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Brings the server's own schema (<c>fhir</c>) up to date as the host starts, before requests and jobs: EF migrations
/// take a database lock, so processes starting together over one PostgreSQL migrate once.
/// </summary>
internal sealed class StateStartup(IServiceProvider services, ILogger<StateStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Applied {Count} migration(s) to the server's own schema: {Migrations}", pending.Count, string.Join(", ", pending));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
