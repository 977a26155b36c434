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
/// The work of one attempt of an export step, resolved from the attempt's own DI scope: a failed attempt's
/// <see cref="FhirStateDbContext"/>, openIMIS context, connections and tracked rows are never seen by the next.
/// Every step is idempotent, so an attempt can run again, or twice at once, and write the same result.
/// </summary>
internal sealed class ExportSteps(
    FhirStateDbContext db,
    HandlerRegistry registry,
    IServiceProvider services,
    IBackgroundJobClient jobs,
    ExportChunkWriter writer,
    ExportProgress progress,
    IOptions<JobsOptions> options,
    TimeProvider clock)
{
    /// <summary>Plans the chunks (once), enqueues every one not completed, and completes an export with none left.</summary>
    public async Task PlanAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == exportId, cancellationToken);
        if (job is null || job.Status is not (ExportStatus.Queued or ExportStatus.Running))
        {
            return;
        }

        services.GetRequiredService<FhirCallerContext>().Caller = ExportCaller.Of(job);
        if (!await db.ExportChunks.AnyAsync(c => c.ExportId == exportId, cancellationToken))
        {
            db.ExportChunks.AddRange(await PlanChunksAsync(job, cancellationToken));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
            {
                // A twin planner (the watchdog enqueued planning again) stored the same plan first.
                db.ChangeTracker.Clear();
                if (!await db.ExportChunks.AnyAsync(c => c.ExportId == exportId, cancellationToken))
                {
                    throw;
                }
            }
        }

        // Only a queued export starts running: one cancelled while it was planned stays cancelled (writing the
        // tracked row back would have revived it, still counted against the export limits). Run on every planning
        // so that a planner that died between the two writes leaves no planned export queued for ever.
        await db.ExportJobs.Where(j => j.Id == exportId && j.Status == ExportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExportStatus.Running), cancellationToken);
        progress.Beat();
        foreach (var seq in await PendingAsync(db, exportId, cancellationToken))
        {
            jobs.Enqueue<ExportJobs>(j => j.RunChunkAsync(exportId, seq, CancellationToken.None));
        }

        await CompleteIfDoneAsync(exportId, cancellationToken);
    }

    /// <summary>Writes the chunk's file unless it is completed, and completes the export when it was the last.</summary>
    public async Task ChunkAsync(Guid exportId, int seq, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == exportId, cancellationToken);
        var chunk = await db.ExportChunks.AsNoTracking().FirstOrDefaultAsync(c => c.ExportId == exportId && c.Seq == seq, cancellationToken);
        if (job is null || chunk is null || job.Status != ExportStatus.Running)
        {
            return;
        }

        services.GetRequiredService<FhirCallerContext>().Caller = ExportCaller.Of(job);
        if (chunk.Status != ExportStatus.Completed)
        {
            var written = await writer.WriteAsync(job, chunk, cancellationToken);
            await RecordAsync(chunk, written, cancellationToken);
        }

        await CompleteIfDoneAsync(exportId, cancellationToken);
    }

    /// <summary>Ends a queued or running export as failed; the status URL then answers 500 with <paramref name="message"/>.</summary>
    public Task FailAsync(Guid exportId, string message, CancellationToken cancellationToken) =>
        db.ExportJobs.Where(j => j.Id == exportId && (j.Status == ExportStatus.Running || j.Status == ExportStatus.Queued))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExportStatus.Failed).SetProperty(j => j.Error, message), cancellationToken);

    /// <summary>The chunks of the export not completed yet.</summary>
    public static Task<List<int>> PendingAsync(FhirStateDbContext db, Guid exportId, CancellationToken cancellationToken) =>
        db.ExportChunks.AsNoTracking()
            .Where(c => c.ExportId == exportId && c.Status != ExportStatus.Completed)
            .Select(c => c.Seq).ToListAsync(cancellationToken);

    // The chunk's counts, and its error file as a chunk of kind error of its own. Written as updates and an insert
    // that tolerates a twin run having inserted it first: both wrote the same rows.
    private async Task RecordAsync(ExportChunk chunk, ChunkFiles written, CancellationToken cancellationToken)
    {
        if (written.Errors > 0)
        {
            var seq = ExportJobs.RowErrorSeq + chunk.Seq;
            var updated = await db.ExportChunks.Where(c => c.ExportId == chunk.ExportId && c.Seq == seq)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, written.Errors).SetProperty(c => c.Status, ExportStatus.Completed), cancellationToken);
            if (updated == 0)
            {
                db.ExportChunks.Add(new ExportChunk
                {
                    ExportId = chunk.ExportId, Seq = seq, Kind = ExportJobs.Error, ResourceType = chunk.ResourceType, Source = chunk.Source,
                    KeyFrom = chunk.KeyFrom, KeyTo = chunk.KeyTo, Status = ExportStatus.Completed, Count = written.Errors,
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
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

    private async Task<List<ExportChunk>> PlanChunksAsync(ExportJob job, CancellationToken cancellationToken)
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
            progress.Beat();
            if (job.PatientIds is not null)
            {
                // A compartment cut by Patient ids: one chunk reads them (or the Group) by id.
                Add(ExportJobs.Output, type, ExportRange.All(0));
                continue;
            }

            var ranges = handler is IBulkExportHandler bulk
                ? await bulk.PartitionAsync(window, options.Value.ResourcesPerFile, cancellationToken)
                : [ExportRange.All(0)];
            progress.Beat();
            foreach (var range in ranges)
            {
                Add(ExportJobs.Output, type, range);
            }

            if (job.Since is not null && handler is IBulkExportHandler)
            {
                Add(ExportJobs.Deleted, type, ExportRange.All(0));
            }
        }

        if (!string.IsNullOrEmpty(job.Ignored))
        {
            Add(ExportJobs.Error, "OperationOutcome", ExportRange.All(0));
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
}
