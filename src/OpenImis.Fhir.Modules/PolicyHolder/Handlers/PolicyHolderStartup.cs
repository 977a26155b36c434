using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.PolicyHolder.Handlers;

/// <summary>
/// Checks for the policy-holder table once the host has started, that is after the server created the tables of an
/// empty database (which it does while starting), so that the log says at start-up whether the module is on.
/// </summary>
internal sealed class PolicyHolderStartup(IServiceProvider services, PolicyHolderTables tables) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await tables.CheckAsync(scope.ServiceProvider.GetRequiredService<ImisDbContext>(), cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // An unreachable database is the health checks' to report; the first request checks again.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
