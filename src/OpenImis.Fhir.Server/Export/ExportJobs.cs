using Hangfire;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The Hangfire jobs of an export: an orchestrator that cuts the export into chunks (one type's key range each) and
/// enqueues a job per chunk; each chunk job writes its file and the last one to finish completes the export. Arguments
/// are ids only; every job can run again (a rerun rewrites its own file), so a worker that dies loses nothing.
/// Each attempt of a step runs in a DI scope of its own (<see cref="ExportSteps"/>), under the watchdog's eye
/// (<see cref="ExportAttempt"/>); a job never ends with its export still waiting on it: it completes its step, fails
/// the export, or enqueues the step again.
/// </summary>
internal sealed class ExportJobs(
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    ExportAttempts attempts,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ExportJobs> logger)
{
    public const string Output = "output";
    public const string Deleted = "deleted";
    public const string Error = "error";

    /// <summary>
    /// The error file of chunk <c>n</c> (rows that could not be mapped) is chunk <c>RowErrorSeq + n</c>: a number
    /// no planned chunk reaches, the same on every rerun of the chunk.
    /// </summary>
    public const int RowErrorSeq = 1 << 30;

    // No automatic retry: a failure ends the export with an OperationOutcome instead of a long silent "202".
    [AutomaticRetry(Attempts = 0)]
    public Task OrchestrateAsync(Guid exportId, CancellationToken cancellationToken) =>
        RunAsync(exportId, "planning", (steps, token) => steps.PlanAsync(exportId, token),
            () => jobs.Enqueue<ExportJobs>(j => j.OrchestrateAsync(exportId, CancellationToken.None)), cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task RunChunkAsync(Guid exportId, int seq, CancellationToken cancellationToken) =>
        RunAsync(exportId, $"chunk {seq}", (steps, token) => steps.ChunkAsync(exportId, seq, token),
            () => jobs.Enqueue<ExportJobs>(j => j.RunChunkAsync(exportId, seq, CancellationToken.None)), cancellationToken);

    // Every way out of a job is handled here. The first reads of a step used to run before the retry and outside any
    // catch: a restart that hit them failed the Hangfire job (no retry, nothing logged) and left the export at 202
    // forever, the EX-10 stall.
    private async Task RunAsync(Guid exportId, string step, Func<ExportSteps, CancellationToken, Task> work, Func<string> enqueueAgain, CancellationToken cancellationToken)
    {
        try
        {
            await WhileDatabaseIsBackAsync(exportId, step, () => AttemptAsync(exportId, step, work, cancellationToken), cancellationToken);
        }
        catch (OperationCanceledException) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Cancelled by Hangfire outside a shutdown (its server restarted under a new id and took the job for
            // aborted) or by the watchdog (stalled): the step is enqueued again, which is safe as every step is idempotent.
            await RunAgainAsync(exportId, step, enqueueAgain);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Export {ExportId} failed in {Step}", exportId, step);
            await FailAsync(exportId, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    // One attempt: a fresh scope (so a fresh DbContext, connection and transaction), registered for the watchdog.
    private async Task AttemptAsync(Guid exportId, string step, Func<ExportSteps, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var attempt = attempts.Start(exportId, step, cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ExportProgress>().Attempt = attempt;
            await work(scope.ServiceProvider.GetRequiredService<ExportSteps>(), attempt.Token);
        }
        catch (Exception ex) when (attempt.Stalled && !cancellationToken.IsCancellationRequested)
        {
            // Whatever the cancelled wait threw (an OperationCanceledException, or a connection Npgsql broke to
            // cancel a command), the attempt ended because the watchdog stopped it: enqueued again, not retried in
            // place (so no inner exception that could read as a database outage).
            logger.LogWarning("Export {ExportId}, {Step}: no progress for {Seconds} s; the attempt was cancelled ({Error})",
                exportId, step, options.Value.StallTimeoutSeconds, ex.GetBaseException().Message);
            throw new OperationCanceledException($"Export {exportId}, {step}: stalled");
        }
    }

    /// <summary>
    /// Enqueues the step again as a new job, waiting out the database. Hangfire drops a job it cancels outside a
    /// shutdown without a state change, and a stalled attempt's job ends here: without this, the export would wait
    /// forever. A step that cannot be enqueued is left to the watchdog, which enqueues what an export without
    /// progress still needs.
    /// </summary>
    private async Task RunAgainAsync(Guid exportId, string step, Func<string> enqueue)
    {
        try
        {
            await WhileDatabaseIsBackAsync(exportId, step, () =>
            {
                var id = enqueue();
                logger.LogWarning("Export {ExportId}, {Step}: cancelled outside a shutdown (by Hangfire, or as stalled); enqueued again as job {JobId}", exportId, step, id);
                return Task.CompletedTask;
            }, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Export {ExportId}, {Step}: could not be enqueued again; the watchdog will", exportId, step);
        }
    }

    // In a scope of its own, waiting out the database like a step; if even that fails the export is still running
    // without progress, and the watchdog fails it at its horizon.
    private async Task FailAsync(Guid exportId, string message)
    {
        try
        {
            await WhileDatabaseIsBackAsync(exportId, "failing", async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ExportSteps>().FailAsync(exportId, message, lifetime.ApplicationStopping);
            }, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Export {ExportId}: the failure could not be recorded; the watchdog will", exportId);
        }
    }

    /// <summary>
    /// Runs <paramref name="step"/> again while the database is unreachable (a restart, a fail-over), with a doubling
    /// pause, for at most <see cref="JobsOptions.DatabaseRetrySeconds"/>: every step is idempotent, so a database
    /// that comes back lets the export finish instead of failing it. Any other failure, or a database still gone
    /// after that time, is thrown to the caller, which fails the export. Each run opens a new scope, so nothing of
    /// the failed run's connection or transaction is reused.
    /// </summary>
    private async Task WhileDatabaseIsBackAsync(Guid exportId, string step, Func<Task> action, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow().AddSeconds(options.Value.DatabaseRetrySeconds);
        var pause = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex) && clock.GetUtcNow() + pause < deadline)
            {
                logger.LogWarning("Export {ExportId}, {Step}: the database is unavailable ({Error}); trying again in {Pause} s",
                    exportId, step, ex.GetBaseException().Message, pause.TotalSeconds);

                // The pooled connections died with the server; the next attempt must open new ones (no-op on SQLite).
                Npgsql.NpgsqlConnection.ClearAllPools();

                await Task.Delay(pause, clock, cancellationToken);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 15));
            }
        }
    }
}
