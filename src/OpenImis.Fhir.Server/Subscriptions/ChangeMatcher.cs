using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// Turns pending outbox rows into numbered subscription events. One batch is one transaction on the server's own
/// schema: it first locks every subscription that is not off (<c>FOR UPDATE</c>, in id order, so two matchers never
/// deadlock and one waits for the other), then takes pending change events in outbox order (<c>FOR UPDATE SKIP
/// LOCKED</c>), numbers each match with <c>++event_count</c> on the locked row, inserts the events and stamps the
/// changes processed. A batch that fails rolls back whole and is taken again: numbers are given once and never
/// reused. Events are numbered for <c>requested</c> and <c>error</c> subscriptions too (delivered after activation;
/// counted while in error, as the backport asks); a subscription past its <c>end</c> is set <c>off</c> when seen.
/// Now and then it also removes delivered events and processed outbox rows older than <c>Subscriptions:EventRetention</c>.
/// Each subscription is judged as its owner (<see cref="OwnerCallers"/>, read again for every batch that has a change of
/// its type), so it hears only of what its owner could search for now.
/// </summary>
internal sealed class ChangeMatcher(
    IServiceScopeFactory scopes, IOptionsMonitor<SubscriptionOptions> options, TimeProvider clock, ILogger<ChangeMatcher> logger) : IChangeMatcher
{
    private static readonly TimeSpan CleanupEvery = TimeSpan.FromMinutes(1);
    private long _lastCleanup;

    public async Task<int> MatchPendingAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FhirStateDbContext>();
        var postgres = db.Database.IsNpgsql();
        var now = clock.GetUtcNow().UtcDateTime;
        int handled;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var subscriptions = await LockSubscriptionsAsync(db, postgres, cancellationToken);
            TurnOffEnded(subscriptions, now);
            var changes = await PendingAsync(db, postgres, max, cancellationToken);
            var access = services.GetRequiredService<AccessPolicy>();
            var evaluator = new SubscriptionEvaluator(
                services.GetRequiredService<HandlerRegistry>(), services.GetRequiredService<FhirInteractions>(), access, services, logger);
            var callerContext = services.GetRequiredService<FhirCallerContext>();
            var owners = services.GetRequiredService<OwnerCallers>();
            var ownersNow = new Dictionary<string, FhirCaller?>(StringComparer.Ordinal);
            var live = subscriptions.Where(s => s.Status != SubscriptionStatus.Off).ToList();
            foreach (var change in changes)
            {
                foreach (var subscription in live.Where(s => s.ResourceType == change.ResourceType))
                {
                    if (!ownersNow.TryGetValue(subscription.Id, out var owner))
                    {
                        owner = ownersNow[subscription.Id] = await owners.NowAsync(subscription, cancellationToken);
                    }

                    callerContext.Caller = owner ?? OwnerCallers.Nobody;
                    if (owner is not null && await evaluator.MatchesAsync(subscription, change, cancellationToken))
                    {
                        db.SubscriptionEvents.Add(Event(subscription, change, ++subscription.EventCount));
                    }
                }

                change.ProcessedAt = now;
            }

            callerContext.Caller = FhirCaller.Unrestricted;

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            handled = changes.Count;
        }

        await CleanUpAsync(db, now, cancellationToken);
        return handled;
    }

    private static async Task<List<SubscriptionRecord>> LockSubscriptionsAsync(FhirStateDbContext db, bool postgres, CancellationToken cancellationToken) =>
        postgres
            ? await db.Subscriptions.FromSqlRaw("SELECT * FROM fhir.subscription WHERE status <> 'off' ORDER BY id FOR UPDATE").ToListAsync(cancellationToken)
            : await db.Subscriptions.Where(s => s.Status != SubscriptionStatus.Off).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    // SQLite has one writer at a time (the transaction holds the write lock), so it needs no row locks.
    private static async Task<List<ChangeEvent>> PendingAsync(FhirStateDbContext db, bool postgres, int max, CancellationToken cancellationToken) =>
        postgres
            ? await db.ChangeEvents.FromSqlInterpolated(
                $"SELECT * FROM fhir.change_event WHERE processed_at IS NULL ORDER BY seq LIMIT {max} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken)
            : await db.ChangeEvents.Where(c => c.ProcessedAt == null).OrderBy(c => c.Seq).Take(max).ToListAsync(cancellationToken);

    private static void TurnOffEnded(List<SubscriptionRecord> subscriptions, DateTime now)
    {
        foreach (var subscription in subscriptions.Where(s => s.EndAt is { } end && end <= now && s.Status != SubscriptionStatus.Off))
        {
            subscription.Status = SubscriptionStatus.Off;
            subscription.Version++;
            subscription.UpdatedAt = now;
        }
    }

    private static SubscriptionEvent Event(SubscriptionRecord subscription, ChangeEvent change, long number) => new()
    {
        SubscriptionId = subscription.Id,
        EventNumber = number,
        ChangeSeq = change.Seq,
        ResourceType = change.ResourceType,
        ResourceId = change.ResourceId,
        VersionId = change.VersionId,
        Action = change.Action,
        OccurredAt = DateTime.SpecifyKind(change.OccurredAt, DateTimeKind.Utc),
        State = DeliveryState.Pending,
    };

    private async Task CleanUpAsync(FhirStateDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastCleanup);
        if (now.Ticks - last < CleanupEvery.Ticks || Interlocked.CompareExchange(ref _lastCleanup, now.Ticks, last) != last)
        {
            return;
        }

        var cutoff = now - options.CurrentValue.EventRetention;
        var events = await db.SubscriptionEvents
            .Where(e => (e.State == DeliveryState.Delivered && e.DeliveredAt < cutoff)
                || (e.State == DeliveryState.Expired && e.OccurredAt < cutoff)) // given up on by the dispatcher, kept for $events
            .ExecuteDeleteAsync(cancellationToken);
        var changes = await db.ChangeEvents.Where(c => c.ProcessedAt != null && c.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (events + changes > 0)
        {
            logger.LogInformation("Removed {Events} delivered or expired subscription events and {Changes} processed changes older than {Cutoff:o}", events, changes, cutoff);
        }
    }
}
