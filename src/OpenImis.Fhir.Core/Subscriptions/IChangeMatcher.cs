namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// Turns pending change events (the outbox) into numbered subscription events for every subscription whose
/// criteria or topic the changed resource's new state matches, and marks them processed. Safe to run in several
/// processes at once: a change event is handled once.
/// </summary>
public interface IChangeMatcher
{
    /// <summary>Handles up to <paramref name="max"/> pending change events; answers how many it handled.</summary>
    Task<int> MatchPendingAsync(int max, CancellationToken cancellationToken);
}
