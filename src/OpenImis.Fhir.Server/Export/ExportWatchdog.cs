using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The progress watchdog of exports (EX-10), a timer in each worker process. It cancels an attempt of this process
/// that made no progress for <see cref="JobsOptions.StallTimeoutSeconds"/> (its job enqueues the step again and
/// frees the worker), tells the other processes which exports progress here, and, under a Hangfire distributed lock
/// so that one process decides at a time, looks at every queued or running export: one without progress (no chunk
/// completed, no attempt alive anywhere, no step waiting in a queue) for twice that long has its pending steps
/// enqueued again, and one that still makes
/// none after more than <see cref="JobsOptions.StallRestarts"/> restarts (attempts cancelled as stalled, steps
/// enqueued again) is failed, so that its status URL answers 500 with
/// an OperationOutcome instead of 202 forever.
/// </summary>
internal sealed class ExportWatchdog(
    IServiceScopeFactory scopes,
    ExportAttempts attempts,
    ExportWatch watch,
    JobStorage storage,
    IBackgroundJobClient jobs,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<ExportWatchdog> logger) : BackgroundService
{
    private const string LockName = "openimis:export-watchdog";

    // Jobs looked at in the queues at most, to tell an export waiting for a worker from a stalled one.
    private const int QueueScan = 100_000;

    /// <summary>How often a pass runs: a quarter of the stall timeout, between 1 and 30 s.</summary>
    public static TimeSpan Interval(JobsOptions options) => TimeSpan.FromSeconds(Math.Clamp(options.StallTimeoutSeconds / 4.0, 1, 30));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval(options.Value), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage: the jobs wait it out themselves; the next pass looks again.
                logger.LogWarning("The export watchdog could not look at the exports ({Error}); it tries again in {Seconds} s",
                    ex.GetBaseException().Message, Interval(options.Value).TotalSeconds);
            }
        }
    }

    /// <summary>One pass.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stall = TimeSpan.FromSeconds(options.Value.StallTimeoutSeconds);
        var alive = new Dictionary<Guid, DateTimeOffset>();
        var cancelled = new List<Guid>();
        foreach (var attempt in attempts.Running)
        {
            var beat = attempt.LastBeat;
            if (now - beat <= stall)
            {
                alive[attempt.ExportId] = alive.TryGetValue(attempt.ExportId, out var other) && other > beat ? other : beat;
            }
            else if (attempt.CancelAsStalled())
            {
                logger.LogWarning("Export {ExportId}, {Step}: no progress since {Beat:O}; cancelling the attempt", attempt.ExportId, attempt.Step, beat);
                cancelled.Add(attempt.ExportId);
            }
        }

        foreach (var (exportId, beat) in alive)
        {
            watch.MarkAlive(exportId, beat);
        }

        using var connection = storage.GetConnection();
        IDisposable exclusive;
        try
        {
            // Held for a pass's few queries; another process that holds it longer is not to be waited for.
            exclusive = connection.AcquireDistributedLock(LockName, TimeSpan.FromSeconds(5));
        }
        catch (DistributedLockTimeoutException)
        {
            logger.LogWarning("The export watchdog skipped a pass: another process held its lock");
            return;
        }

        using (exclusive)
        {
            await CheckExportsAsync(now, stall, cancelled, cancellationToken);
        }
    }

    private async Task CheckExportsAsync(DateTimeOffset now, TimeSpan stall, List<Guid> cancelled, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        var exports = await db.ExportJobs.AsNoTracking()
            .Where(j => j.Status == ExportStatus.Queued || j.Status == ExportStatus.Running)
            .Select(j => j.Id).ToListAsync(cancellationToken);
        if (exports.Count == 0)
        {
            return;
        }

        var completed = await db.ExportChunks.AsNoTracking()
            .Where(c => exports.Contains(c.ExportId) && c.Status == ExportStatus.Completed)
            .GroupBy(c => c.ExportId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        HashSet<Guid>? waiting = null;
        foreach (var exportId in exports)
        {
            var done = completed.GetValueOrDefault(exportId);
            var state = watch.Read(exportId);
            var progress = state.Progress ?? now;
            var restarts = state.Restarts;
            if (state.Progress is null || done != state.Done)
            {
                progress = now;
                restarts = 0;
            }

            // An attempt of this process cancelled as stalled counts as a restart (its job enqueued it again).
            var stalls = cancelled.Count(id => id == exportId);
            restarts += stalls;

            // No progress anywhere for twice the stall timeout, and no step of the export in a queue: its jobs were
            // lost, so its pending steps are enqueued again. Twice: a hung attempt is cancelled (and counted) by its
            // own process after one timeout, so this only steps in when no live process runs the export. A step still
            // queued waits for a worker (other exports' chunks ahead of it), which is no stall, and enqueuing it
            // again would only add a duplicate.
            var lost = false;
            if (stalls > 0)
            {
                progress = now; // restarted just now, by the cancelled attempt's job
            }
            else if (now - progress > stall * 2)
            {
                waiting ??= Waiting();
                lost = !waiting.Contains(exportId);
            }

            if (lost)
            {
                restarts++;
            }

            if (restarts > options.Value.StallRestarts)
            {
                var message = $"The export stopped making progress: {restarts} attempt(s) of its steps in a row were cancelled or lost after {options.Value.StallTimeoutSeconds} s without progress (a step hangs or keeps failing; the server log names it). Kick the export off again.";
                logger.LogError("Export {ExportId} failed: {Message}", exportId, message);
                await scope.ServiceProvider.GetRequiredService<ExportSteps>().FailAsync(exportId, message, cancellationToken);
                continue;
            }

            if (lost)
            {
                var steps = await EnqueuePendingAsync(db, exportId, cancellationToken);
                logger.LogWarning("Export {ExportId}: no progress since {Progress:O} and nothing queued; enqueued again ({Steps}), restart {Restart} of at most {Restarts}",
                    exportId, progress, steps, restarts, options.Value.StallRestarts);
                progress = now;
            }

            if (progress != state.Progress || done != state.Done || restarts != state.Restarts)
            {
                watch.Mark(exportId, progress, done, restarts);
            }
        }
    }

    // The exports with a job in a queue, not yet taken by a worker.
    private HashSet<Guid> Waiting()
    {
        var monitoring = storage.GetMonitoringApi();
        var waiting = new HashSet<Guid>();
        foreach (var queue in monitoring.Queues())
        {
            foreach (var (_, enqueued) in monitoring.EnqueuedJobs(queue.Name, 0, (int)Math.Min(queue.Length, QueueScan)))
            {
                if (enqueued?.Job is { } job && job.Type == typeof(ExportJobs) && job.Args.Count > 0 && job.Args[0] is Guid exportId)
                {
                    waiting.Add(exportId);
                }
            }
        }

        return waiting;
    }

    // The chunks not completed; planning when there are none (not planned yet, or all done and the export not
    // marked complete). Duplicates of a queued job are harmless: a chunk already completed is skipped.
    private async Task<string> EnqueuePendingAsync(FhirStateDbContext db, Guid exportId, CancellationToken cancellationToken)
    {
        var pending = await ExportSteps.PendingAsync(db, exportId, cancellationToken);
        if (pending.Count == 0)
        {
            jobs.Enqueue<ExportJobs>(j => j.OrchestrateAsync(exportId, CancellationToken.None));
            return "planning";
        }

        foreach (var seq in pending)
        {
            jobs.Enqueue<ExportJobs>(j => j.RunChunkAsync(exportId, seq, CancellationToken.None));
        }

        return $"{pending.Count} chunk(s)";
    }
}
