using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// Delivers subscription notifications: a hosted loop woken by <see cref="ChangeSignal"/> (a write in this process),
/// by the end of a turn, by the next due time (a retry, a heartbeat, an <c>end</c>) or by the poll interval (work
/// found by other processes). Each cycle runs the matcher over the outbox, reads every subscription's state in one
/// query and starts a <see cref="SubscriptionWorker"/> turn for each one with due work, up to
/// <see cref="DeliveryOptions.Parallelism"/> at once and never two for one subscription, without waiting for the
/// turns: a subscriber that hangs until its timeout holds one slot, never the others (isolation).
/// </summary>
internal sealed class SubscriptionDispatcher(
    IServiceScopeFactory scopes,
    SubscriptionWorker worker,
    ChangeSignal signal,
    IOptions<DatabaseOptions> database,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<SubscriptionDispatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _failingTurns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> _heldElsewhere = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _turnEnded = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            TimeSpan pause;
            try
            {
                await MatchAsync(settings, stoppingToken);
                pause = await DispatchAsync(settings, stoppingToken);
                if (failures > 0)
                {
                    logger.LogInformation("The subscription dispatcher runs again after {Failures} failed cycle(s)", failures);
                    failures = 0;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database is away (or the matcher failed): the events stay in the database for the next cycle.
                failures++;
                pause = Backoff.After(failures, settings.PollInterval, TimeSpan.FromSeconds(30), 0.5);
                logger.LogWarning(ex, "Subscription dispatch cycle failed ({Failures} in a row); next try in {Pause}", failures, pause);
            }

            if (!await WaitAsync(pause, stoppingToken))
            {
                break;
            }
        }

        await Task.WhenAll(_turns.Values);
    }

    // A failing matcher is logged and leaves its change events for the next cycle; the events it already numbered
    // are still delivered.
    private async Task MatchAsync(DeliveryOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IChangeMatcher>() is not { } matcher)
        {
            return;
        }

        try
        {
            // A full batch means more may wait: go on, a bounded number of times, so delivery is never starved.
            for (var round = 0; round < 20 && await matcher.MatchPendingAsync(settings.MatchBatch, cancellationToken) >= settings.MatchBatch; round++)
            {
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The change matcher failed; its change events wait for the next cycle");
        }
    }

    // Starts the turns that are due; answers how long to wait before the next cycle.
    private async Task<TimeSpan> DispatchAsync(DeliveryOptions settings, CancellationToken cancellationToken)
    {
        List<DueSubscription> rows;
        await using (var connection = new NpgsqlConnection(database.Value.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            rows = await DeliverySql.ScanAsync(connection, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var next = now + settings.PollInterval;
        var ready = new List<DueSubscription>();
        foreach (var row in rows)
        {
            if (row.DueAt(now) is not { } due)
            {
                continue;
            }

            if (_heldElsewhere.TryGetValue(row.Id, out var until) && until > now)
            {
                due = until;
            }

            if (due > now)
            {
                next = due < next ? due : next;
            }
            else if (!_turns.ContainsKey(row.Id))
            {
                ready.Add(row);
            }
        }

        // When there are more than the free slots, the subscription whose oldest waiting event is oldest goes first,
        // so that a turn handed back (a turn is bounded) lets the others in rather than starting again. Subscriptions
        // in error (their last attempt failed, they may hang until their timeout) get at most half the slots, so that
        // many dead subscribers cannot take every slot from the healthy ones.
        var failingSlots = Math.Max(1, settings.Parallelism / 2);
        foreach (var row in ready.OrderBy(r => r.FirstOccurredAt ?? now))
        {
            if (_turns.Count >= settings.Parallelism)
            {
                break;
            }

            var failing = row.Status == SubscriptionStatus.Error;
            if (failing && _failingTurns.Count >= failingSlots)
            {
                continue;
            }

            Start(row.Id, failing, cancellationToken);
        }

        return next - now;
    }

    private void Start(string id, bool failing, CancellationToken cancellationToken)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _turns[id] = ready.Task;
        if (failing)
        {
            _failingTurns[id] = true;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                if (!await worker.RunAsync(database.Value.ConnectionString, id, cancellationToken))
                {
                    // Another process delivers to it: look again after a poll, not in a loop.
                    _heldElsewhere[id] = clock.GetUtcNow().UtcDateTime + options.CurrentValue.PollInterval;
                }
                else
                {
                    _heldElsewhere.TryRemove(id, out _);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Delivery to subscription {Id} stopped on an error; it is retried at the next poll", id);
                _heldElsewhere[id] = clock.GetUtcNow().UtcDateTime + options.CurrentValue.PollInterval;
            }
            finally
            {
                _failingTurns.TryRemove(id, out _);
                _turns.TryRemove(id, out _);
                ready.TrySetResult();
                try
                {
                    _turnEnded.Release();
                }
                catch (Exception ex) when (ex is SemaphoreFullException or ObjectDisposedException)
                {
                    // A wake-up is already pending, or the dispatcher is gone.
                }
            }
        }, CancellationToken.None);
    }

    // Waits for the pause, a change signal or the end of a turn; false when the host stops.
    private async Task<bool> WaitAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        if (pause <= TimeSpan.Zero)
        {
            return !stoppingToken.IsCancellationRequested;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var changed = signal.WaitAsync(pause, wake.Token);
        var ended = _turnEnded.WaitAsync(pause, wake.Token);
        await Task.WhenAny(changed, ended);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(changed, ended);
        }
        catch (OperationCanceledException)
        {
            // The other wait, cancelled: a signal it had taken is covered by the cycle that follows.
        }

        return !stoppingToken.IsCancellationRequested;
    }

    public override void Dispose()
    {
        _turnEnded.Dispose();
        base.Dispose();
    }
}
