using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Export;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The Hangfire jobs of an export: an orchestrator that cuts the export into chunks (one type's key range each) and
/// enqueues a job per chunk; each chunk job writes its file and the last one to finish completes the export. Arguments
/// are ids only; every job can run again (a rerun rewrites its own file), so a worker that dies loses nothing.
/// </summary>
internal sealed class ExportJobs(
    FhirStateDbContext db,
    HandlerRegistry registry,
    IServiceProvider services,
    IBackgroundJobClient jobs,
    ExportChunkWriter writer,
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
    public async Task OrchestrateAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.FirstOrDefaultAsync(j => j.Id == exportId, cancellationToken);
        if (job is null || job.Status is not (ExportStatus.Queued or ExportStatus.Running))
        {
            return;
        }

        services.GetRequiredService<FhirCallerContext>().Caller = ExportCaller.Of(job);

        try
        {
            await WhileDatabaseIsBackAsync(exportId, "planning", async () =>
            {
                if (!await db.ExportChunks.AnyAsync(c => c.ExportId == exportId, cancellationToken))
                {
                    var planned = await db.ExportJobs.FirstAsync(j => j.Id == exportId, cancellationToken);
                    db.ExportChunks.AddRange(await PlanAsync(planned, cancellationToken));
                    planned.Status = ExportStatus.Running;
                    await db.SaveChangesAsync(cancellationToken);
                }

                var pending = await db.ExportChunks.AsNoTracking()
                    .Where(c => c.ExportId == exportId && c.Status != ExportStatus.Completed)
                    .Select(c => c.Seq).ToListAsync(cancellationToken);
                foreach (var seq in pending)
                {
                    jobs.Enqueue<ExportJobs>(j => j.RunChunkAsync(exportId, seq, CancellationToken.None));
                }

                await CompleteIfDoneAsync(exportId, cancellationToken);
            }, cancellationToken);
        }
        catch (OperationCanceledException) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            await RunAgainAsync(exportId, "planning", () => jobs.Enqueue<ExportJobs>(j => j.OrchestrateAsync(exportId, CancellationToken.None)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FailAsync(exportId, ex, cancellationToken);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task RunChunkAsync(Guid exportId, int seq, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == exportId, cancellationToken);
        var chunk = await db.ExportChunks.FirstOrDefaultAsync(c => c.ExportId == exportId && c.Seq == seq, cancellationToken);
        if (job is null || chunk is null || job.Status != ExportStatus.Running)
        {
            return;
        }

        services.GetRequiredService<FhirCallerContext>().Caller = ExportCaller.Of(job);

        try
        {
            await WhileDatabaseIsBackAsync(exportId, $"chunk {seq}", async () =>
            {
                if (chunk.Status != ExportStatus.Completed)
                {
                    var written = await writer.WriteAsync(job, chunk, cancellationToken);
                    await RecordAsync(chunk, written, cancellationToken);
                }

                await CompleteIfDoneAsync(exportId, cancellationToken);
            }, cancellationToken);
        }
        catch (OperationCanceledException) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            await RunAgainAsync(exportId, $"chunk {seq}", () => jobs.Enqueue<ExportJobs>(j => j.RunChunkAsync(exportId, seq, CancellationToken.None)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FailAsync(exportId, ex, cancellationToken);
        }
    }

    /// <summary>
    /// Hangfire cancels a job it takes for aborted (after a database outage its server restarts under a new id, and
    /// the job's Processing state names the old one) and then drops it from the queue without a state change: the
    /// export would wait forever. Outside a shutdown (when Hangfire requeues the job itself) the step is enqueued
    /// again as a new job, which is safe because every step is idempotent; the enqueue waits out the database too.
    /// </summary>
    private Task RunAgainAsync(Guid exportId, string step, Func<string> enqueue) =>
        WhileDatabaseIsBackAsync(exportId, step, () =>
        {
            var id = enqueue();
            logger.LogWarning("Export {ExportId}, {Step}: the job was cancelled outside a shutdown; enqueued again as job {JobId}", exportId, step, id);
            return Task.CompletedTask;
        }, lifetime.ApplicationStopping);

    // The chunk's counts, and its error file as a chunk of kind error of its own. Written as updates and an insert
    // that tolerates a twin run having inserted it first: both wrote the same rows.
    private async Task RecordAsync(ExportChunk chunk, ChunkFiles written, CancellationToken cancellationToken)
    {
        if (written.Errors > 0)
        {
            var seq = RowErrorSeq + chunk.Seq;
            var updated = await db.ExportChunks.Where(c => c.ExportId == chunk.ExportId && c.Seq == seq)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, written.Errors).SetProperty(c => c.Status, ExportStatus.Completed), cancellationToken);
            if (updated == 0)
            {
                db.ExportChunks.Add(new ExportChunk
                {
                    ExportId = chunk.ExportId, Seq = seq, Kind = Error, ResourceType = chunk.ResourceType, Source = chunk.Source,
                    KeyFrom = chunk.KeyFrom, KeyTo = chunk.KeyTo, Status = ExportStatus.Completed, Count = written.Errors,
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear();
                    if (!await db.ExportChunks.AsNoTracking().AnyAsync(c => c.ExportId == chunk.ExportId && c.Seq == seq, cancellationToken))
                    {
                        throw;
                    }
                }
            }
        }

        await db.ExportChunks.Where(c => c.ExportId == chunk.ExportId && c.Seq == chunk.Seq)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, written.Count).SetProperty(c => c.Bytes, written.Bytes).SetProperty(c => c.Status, ExportStatus.Completed), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="step"/> again while the database is unreachable (a restart, a fail-over), with a doubling
    /// pause, for at most <see cref="JobsOptions.DatabaseRetrySeconds"/>: every step is idempotent, so a database
    /// that comes back lets the export finish instead of failing it. Any other failure, or a database still gone
    /// after that time, is thrown to the caller, which fails the export.
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
                db.ChangeTracker.Clear();

                // The pooled connections died with the server; the next attempt must open new ones (no-op on SQLite).
                Npgsql.NpgsqlConnection.ClearAllPools();

                await Task.Delay(pause, clock, cancellationToken);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 15));
            }
        }
    }

    private async Task<List<ExportChunk>> PlanAsync(ExportJob job, CancellationToken cancellationToken)
    {
        var chunks = new List<ExportChunk>();
        void Add(string kind, string type, ExportRange range) => chunks.Add(new ExportChunk
        {
            ExportId = job.Id, Seq = chunks.Count, Kind = kind, ResourceType = type, Source = range.Source, KeyFrom = range.From, KeyTo = range.To,
        });

        foreach (var type in job.Types.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var handler = registry.Resolve(services, type);
            var window = await ExportTypeFilter.WindowAsync(job, type, services, cancellationToken);
            if (job.PatientIds is not null)
            {
                // A compartment cut by Patient ids: one chunk reads them (or the Group) by id.
                Add(Output, type, ExportRange.All(0));
                continue;
            }

            var ranges = handler is IBulkExportHandler bulk
                ? await bulk.PartitionAsync(window, options.Value.ResourcesPerFile, cancellationToken)
                : [ExportRange.All(0)];
            foreach (var range in ranges)
            {
                Add(Output, type, range);
            }

            if (job.Since is not null && handler is IBulkExportHandler)
            {
                Add(Deleted, type, ExportRange.All(0));
            }
        }

        if (!string.IsNullOrEmpty(job.Ignored))
        {
            Add(Error, "OperationOutcome", ExportRange.All(0));
        }

        return chunks;
    }

    private async Task CompleteIfDoneAsync(Guid exportId, CancellationToken cancellationToken)
    {
        if (await db.ExportChunks.AnyAsync(c => c.ExportId == exportId && c.Status != ExportStatus.Completed, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddMinutes(options.Value.RetentionMinutes);
        await db.ExportJobs.Where(j => j.Id == exportId && j.Status == ExportStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExportStatus.Completed).SetProperty(j => j.CompletedAt, now).SetProperty(j => j.ExpiresAt, expires), cancellationToken);
    }

    private async Task FailAsync(Guid exportId, Exception ex, CancellationToken cancellationToken)
    {
        logger.LogError(ex, "Export {ExportId} failed", exportId);
        db.ChangeTracker.Clear();
        var message = $"{ex.GetType().Name}: {ex.Message}";
        await db.ExportJobs.Where(j => j.Id == exportId && (j.Status == ExportStatus.Running || j.Status == ExportStatus.Queued))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExportStatus.Failed).SetProperty(j => j.Error, message), cancellationToken);
    }
}
