using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// A test double of the change matcher (the real one, with criteria and topic filters, belongs to the subscription
/// API): every pending change of a type becomes the next numbered event of every subscription on that type that is
/// not off. Enough to carry a FHIR write from the outbox to a subscriber in the latency benchmark.
/// </summary>
internal sealed class TypeMatcher(FhirStateDbContext db) : IChangeMatcher
{
    public async Task<int> MatchPendingAsync(int max, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changes = await db.ChangeEvents
            .FromSqlRaw("SELECT * FROM fhir.change_event WHERE processed_at IS NULL ORDER BY seq LIMIT {0} FOR UPDATE SKIP LOCKED", max)
            .ToListAsync(cancellationToken);
        if (changes.Count == 0)
        {
            return 0;
        }

        var subscriptions = await db.Subscriptions
            .FromSqlRaw("SELECT * FROM fhir.subscription WHERE status <> 'off' ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var change in changes)
        {
            foreach (var subscription in subscriptions.Where(s => s.ResourceType == change.ResourceType))
            {
                db.SubscriptionEvents.Add(new SubscriptionEvent
                {
                    SubscriptionId = subscription.Id,
                    EventNumber = ++subscription.EventCount,
                    ChangeSeq = change.Seq,
                    ResourceType = change.ResourceType,
                    ResourceId = change.ResourceId,
                    VersionId = change.VersionId,
                    Action = change.Action,
                    OccurredAt = change.OccurredAt,
                });
            }

            change.ProcessedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changes.Count;
    }
}
