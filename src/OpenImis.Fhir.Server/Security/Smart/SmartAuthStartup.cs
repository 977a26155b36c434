using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// Brings the SMART tables up to date and loads the signing key as the host starts, before any request: EF
/// migrations take a database lock, so processes starting together over one PostgreSQL migrate once.
/// </summary>
internal sealed class SmartAuthStartup(IServiceProvider services, SigningKeySource keys) : IHostedLifecycleService
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartAuthDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
            scope.ServiceProvider.GetRequiredService<ILogger<SmartAuthStartup>>()
                .LogInformation("Applied {Count} migration(s) to the SMART server's tables: {Migrations}", pending.Count, string.Join(", ", pending));
        }
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        await keys.LoadAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
