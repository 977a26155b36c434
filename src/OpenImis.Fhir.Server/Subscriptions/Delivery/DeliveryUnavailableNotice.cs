namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>Says at start-up that subscriptions are not delivered on SQLite (the dispatcher leases subscriptions with PostgreSQL advisory locks).</summary>
internal sealed class DeliveryUnavailableNotice(ILogger<DeliveryUnavailableNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Subscription notifications are delivered only with Database:Provider=PostgreSql; on this database subscriptions are kept but not delivered");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
