using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// Subscriptions and their numbered events written straight into the server's own tables through
/// <see cref="FhirStateDbContext"/>, standing in for the subscription API and the matcher (another part of issue 11).
/// </summary>
internal static class SubscriptionRows
{
    public const string Topic = "https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/test-topic";

    public static SubscriptionRecord TopicSubscription(string endpoint, Action<SubscriptionRecord>? change = null) =>
        New(SubscriptionKind.Topic, Topic, endpoint, "application/fhir+json", "id-only", SubscriptionStatus.Requested, change);

    public static SubscriptionRecord CriteriaSubscription(string endpoint, string? payload, Action<SubscriptionRecord>? change = null) =>
        New(SubscriptionKind.Criteria, "Patient?gender=female", endpoint, payload, null, SubscriptionStatus.Requested, change);

    public static async System.Threading.Tasks.Task AddAsync(IServiceProvider services, SubscriptionRecord subscription)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds <paramref name="count"/> events about <paramref name="resourceType"/>/<paramref name="resourceId"/>, numbered on from the subscription's count, as the matcher would.</summary>
    public static async Task<long[]> AddEventsAsync(IServiceProvider services, string subscriptionId, int count, string resourceType = "Patient", string resourceId = "00000000-0000-4000-8000-000000000001", string action = ChangeAction.Update, DateTime? occurredAt = null)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var subscription = await db.Subscriptions.FromSqlRaw("SELECT * FROM fhir.subscription WHERE id = {0} FOR UPDATE", subscriptionId).SingleAsync();
        var numbers = Enumerable.Range(1, count).Select(i => subscription.EventCount + i).ToArray();
        foreach (var number in numbers)
        {
            db.SubscriptionEvents.Add(new SubscriptionEvent
            {
                SubscriptionId = subscriptionId,
                EventNumber = number,
                ResourceType = resourceType,
                ResourceId = resourceId,
                Action = action,
                OccurredAt = occurredAt ?? DateTime.UtcNow,
            });
        }

        subscription.EventCount += count;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return numbers;
    }

    public static async Task<SubscriptionRecord?> FindAsync(IServiceProvider services, string id)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FhirStateDbContext>().Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
    }

    public static async Task<List<SubscriptionEvent>> EventsAsync(IServiceProvider services, string id)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FhirStateDbContext>().SubscriptionEvents.AsNoTracking()
            .Where(e => e.SubscriptionId == id).OrderBy(e => e.EventNumber).ToListAsync();
    }

    /// <summary>Sets a column as a client's PUT through the subscription API would (status off, an end...).</summary>
    public static async System.Threading.Tasks.Task UpdateAsync(IServiceProvider services, string id, Action<SubscriptionRecord> change)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        var subscription = await db.Subscriptions.SingleAsync(s => s.Id == id);
        change(subscription);
        subscription.Version++;
        await db.SaveChangesAsync();
    }

    public static async System.Threading.Tasks.Task DeleteAsync(IServiceProvider services, string id)
    {
        // The cascade locks the subscription, then its events; the dispatcher marking an event delivered locks them
        // the other way round, so PostgreSQL may pick this delete as a deadlock's victim. The server's DELETE runs in
        // the engine's write transaction, which runs again after a deadlock: so does this stand-in.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var scope = services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<FhirStateDbContext>().Subscriptions.Where(s => s.Id == id).ExecuteDeleteAsync();
                return;
            }
            catch (Exception e) when ((e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 6)
            {
                // The victim's transaction is gone with nothing deleted: run it again.
            }
        }
    }

    /// <summary>Waits until the subscription satisfies <paramref name="condition"/> (a functional deadline).</summary>
    public static async Task<SubscriptionRecord> UntilAsync(IServiceProvider services, string id, Func<SubscriptionRecord, bool> condition, TimeSpan? deadline = null)
    {
        var end = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var subscription = await FindAsync(services, id);
            if (subscription is not null && condition(subscription))
            {
                return subscription;
            }

            if (DateTime.UtcNow > end)
            {
                throw new TimeoutException($"Subscription {id} stayed {subscription?.Status} ({subscription?.Error}).");
            }

            await System.Threading.Tasks.Task.Delay(25);
        }
    }

    public static async Task<long> PendingAsync(string connectionString, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM fhir.subscription_event WHERE subscription_id = $1 AND state = 'pending'", connection)
        {
            Parameters = { new() { Value = id } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static SubscriptionRecord New(string kind, string criteria, string endpoint, string? payload, string? content, string status, Action<SubscriptionRecord>? change)
    {
        var now = DateTime.UtcNow;
        var subscription = new SubscriptionRecord
        {
            Id = Guid.NewGuid().ToString(),
            Status = status,
            Kind = kind,
            Criteria = criteria,
            ResourceType = "Patient",
            Endpoint = endpoint,
            Payload = payload,
            Content = content,
            Resource = "{}",
            BaseUrl = "http://localhost/fhir",
            CreatedAt = now,
            UpdatedAt = now,
        };
        change?.Invoke(subscription);
        return subscription;
    }
}
