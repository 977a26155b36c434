using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Retention (EX-24): every <see cref="JobsOptions.CleanupIntervalSeconds"/>, in each worker process, removes the
/// files and state rows of exports past <c>Expires</c>, cancelled, or failed longer than the retention ago, export
/// folders no row owns any more, and temporary files a killed worker left. Every step can run twice or in two
/// processes at once: it deletes only what is gone already for every reader.
/// </summary>
internal sealed class ExportCleanup(IServiceScopeFactory scopes, ExportFiles files, IOptions<JobsOptions> options, TimeProvider clock, ILogger<ExportCleanup> logger)
    : BackgroundService
{
    // A temporary file nobody wrote for this long belongs to a worker that died: a live chunk writes continuously.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CleanupIntervalSeconds), clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage or a file in use: the next pass tries again.
                logger.LogWarning(ex, "The export cleanup failed; it runs again in {Seconds} s", options.Value.CleanupIntervalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var failedBefore = now.AddMinutes(-options.Value.RetentionMinutes);
        var gone = await db.ExportJobs.AsNoTracking()
            .Where(j => (j.ExpiresAt != null && j.ExpiresAt <= now)
                || j.Status == ExportStatus.Cancelled
                || (j.Status == ExportStatus.Failed && j.CreatedAt <= failedBefore))
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in gone)
        {
            files.Remove(id);
        }

        if (gone.Count > 0)
        {
            // The chunks go with their export (cascade).
            await db.ExportJobs.Where(j => gone.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
            logger.LogInformation("Removed {Count} expired, cancelled or failed export(s)", gone.Count);
        }

        if (!Directory.Exists(files.Root))
        {
            return;
        }

        var known = (await db.ExportJobs.AsNoTracking().Select(j => j.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var folder in Directory.EnumerateDirectories(files.Root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(folder), "N", out var id))
            {
                continue; // not an export's: leave it
            }

            // Only an old folder: a new export's first chunk may create its folder after the ids above were read.
            if (!known.Contains(id) && now - Directory.GetLastWriteTimeUtc(folder) > AbandonedAfter)
            {
                Directory.Delete(folder, recursive: true);
                continue;
            }

            foreach (var part in Directory.EnumerateFiles(folder, "*" + ExportFiles.PartSuffix))
            {
                if (now - File.GetLastWriteTimeUtc(part) > AbandonedAfter)
                {
                    File.Delete(part);
                }
            }
        }
    }
}
