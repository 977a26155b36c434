using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// The changes a write makes, collected while it runs and inserted into the outbox (<c>fhir.change_event</c>) by
/// <see cref="WriteTransactions"/> just before it commits, on the same connection and in the same transaction as
/// the openIMIS rows: a rolled-back write leaves no event, a committed one always has one. The interactions service
/// records what it writes; a handler that changes another resource as a side effect records that one here too.
/// </summary>
public sealed class ChangeOutbox
{
    private readonly List<ChangeEvent> _pending = [];

    /// <summary>Records that version <paramref name="versionId"/> of <paramref name="resourceType"/>/<paramref name="resourceId"/> was written.</summary>
    /// <param name="resourceType">The FHIR type.</param>
    /// <param name="resourceId">The resource id.</param>
    /// <param name="versionId">The version written (<see cref="Rest.VersionIds"/>).</param>
    /// <param name="action">create, update or delete (<see cref="ChangeAction"/>).</param>
    /// <param name="occurredAt">The version's lastUpdated.</param>
    public void Record(string resourceType, string resourceId, string? versionId, string action, DateTime occurredAt)
    {
        var id = resourceId.ToLowerInvariant();
        if (_pending.Exists(e => e.ResourceType == resourceType && e.ResourceId == id && e.VersionId == versionId))
        {
            return;
        }

        _pending.Add(new ChangeEvent
        {
            ResourceType = resourceType,
            ResourceId = id,
            VersionId = versionId,
            Action = action,
            OccurredAt = occurredAt.ToUniversalTime(),
            Origin = ChangeOrigin.Fhir,
        });
    }

    /// <summary>Forgets what was recorded: the write is being rolled back or run again.</summary>
    internal void Clear() => _pending.Clear();

    /// <summary>Inserts what was recorded into the outbox within <paramref name="db"/>'s current transaction; answers how many.</summary>
    internal async Task<int> FlushAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return 0;
        }

        var count = await ChangeEventSql.InsertAsync(db.Database, _pending, cancellationToken);
        _pending.Clear();
        return count;
    }
}
