using Microsoft.Extensions.Logging;

namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>
/// Every row of <c>tblLocations</c> in memory, so that a Patient or Group read does not join the four-level
/// village chain twice (planning that join cost more than running it). Loaded on first use; once the snapshot is
/// older than <c>Fhir:Modules:Location:CacheSeconds</c> the next lookup starts a reload in the background and keeps
/// answering from the old snapshot, so changes made directly in openIMIS show within that time. A location the
/// snapshot does not know (created since it was loaded) makes the lookup reload at once, at most once a second.
/// A write to <c>tblLocations</c> through this server calls <see cref="Invalidate"/> once it has committed: every
/// snapshot whose load began before that is outdated, and the next lookup reloads before it answers.
/// </summary>
internal sealed partial class LocationTree(
    ILocationSource source,
    TimeProvider clock,
    TimeSpan maxAge,
    ILogger<LocationTree> logger) : ILocationLookup
{
    private static readonly TimeSpan MissReloadInterval = TimeSpan.FromSeconds(1);

    // A failed background reload is retried after this, not on every lookup.
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _loadGate = new();
    private LocationSnapshot? _snapshot;
    private int _refreshing;
    private long _retryAtTicks;
    private long _generation;

    /// <summary>The snapshot in use, loaded (synchronously, once) when there is none yet.</summary>
    public LocationSnapshot Current
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is null || snapshot.Generation != Volatile.Read(ref _generation))
            {
                snapshot = LoadNow(snapshot);
            }

            if (clock.GetUtcNow() - snapshot.LoadedAt >= maxAge)
            {
                StartRefresh();
            }

            return snapshot;
        }
    }

    /// <summary>The background reload started by the last stale lookup, for tests; completed when there is none.</summary>
    internal Task Refreshing { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Outdates every snapshot loaded so far; called after a write to <c>tblLocations</c> committed. A load that ran
    /// beside the write may have read the rows before the commit, so it counts as outdated too.
    /// </summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public LocationNode? Find(int id)
    {
        var snapshot = Current;
        if (snapshot.Find(id) is { } node)
        {
            return node;
        }

        // Insurees and families name locations by foreign key: a miss means the snapshot predates the location.
        return clock.GetUtcNow() - snapshot.LoadedAt >= MissReloadInterval ? LoadNow(snapshot).Find(id) : null;
    }

    // The first load (and a reload on a miss) makes its caller wait: there is nothing to answer from yet.
    private LocationSnapshot LoadNow(LocationSnapshot? seen)
    {
        lock (_loadGate)
        {
            var current = Volatile.Read(ref _snapshot);
            var generation = Volatile.Read(ref _generation);
            if (current is not null && !ReferenceEquals(current, seen) && current.Generation == generation)
            {
                return current;
            }

            var loaded = LocationSnapshot.Build(source.Load(), clock.GetUtcNow(), generation);
            Volatile.Write(ref _snapshot, loaded);
            LogLoaded(logger, loaded.Count);
            return loaded;
        }
    }

    private void StartRefresh()
    {
        if (clock.GetUtcNow().UtcTicks < Volatile.Read(ref _retryAtTicks) || Interlocked.CompareExchange(ref _refreshing, 1, 0) != 0)
        {
            return;
        }

        Refreshing = Task.Run(RefreshAsync);
    }

    private async Task RefreshAsync()
    {
        try
        {
            var generation = Volatile.Read(ref _generation);
            var loaded = LocationSnapshot.Build(await source.LoadAsync(CancellationToken.None), clock.GetUtcNow(), generation);
            lock (_loadGate)
            {
                // A write committed meanwhile: the next lookup reloads; this load must not replace a newer one.
                if (generation == Volatile.Read(ref _generation))
                {
                    Volatile.Write(ref _snapshot, loaded);
                }
            }

            LogLoaded(logger, loaded.Count);
        }
        // A failed reload keeps the old snapshot: readers must not see the error.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Volatile.Write(ref _retryAtTicks, (clock.GetUtcNow() + RetryInterval).UtcTicks);
            LogRefreshFailed(logger, e, RetryInterval.TotalSeconds);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Location cache loaded: {Count} rows.")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Location cache reload failed; the old snapshot stays in use, retry in {Seconds} s.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, double seconds);
}
