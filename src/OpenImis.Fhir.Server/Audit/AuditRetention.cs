using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Audit.Atna;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// Deletes events older than <see cref="AuditOptions.RetentionDays"/>, every
/// <see cref="AuditOptions.RetentionIntervalSeconds"/>, <see cref="AuditOptions.RetentionBatch"/> rows a statement,
/// so that a year of backlog never holds one long lock. Harmless to run in several processes at once.
/// Events the ATNA forwarder has not sent yet are kept: retention must not lose what the repository never got.
/// </summary>
internal sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RetentionDays == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.RetentionIntervalSeconds), clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The audit retention pass failed; it runs again in {Seconds} s", settings.RetentionIntervalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; answers how many events it deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-settings.RetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        long? unsent = null;
        if (settings.Atna.IsOn)
        {
            unsent = await db.AuditCursors.AsNoTracking().Where(c => c.Name == AtnaForwarder.CursorName).Select(c => (long?)c.Position).FirstOrDefaultAsync(cancellationToken) ?? 0;
        }

        var deleted = 0;
        while (true)
        {
            var old = db.AuditEvents.Where(a => a.Recorded < cutoff);
            if (unsent is { } sentUpTo)
            {
                old = old.Where(a => a.Seq <= sentUpTo);
            }

            var seqs = await old.OrderBy(a => a.Seq).Select(a => a.Seq).Take(settings.RetentionBatch).ToListAsync(cancellationToken);
            if (seqs.Count == 0)
            {
                break;
            }

            var last = seqs[^1];
            var first = seqs[0];
            deleted += await db.AuditEvents.Where(a => a.Seq >= first && a.Seq <= last && a.Recorded < cutoff).ExecuteDeleteAsync(cancellationToken);
            if (seqs.Count < settings.RetentionBatch)
            {
                break;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Removed {Count} audit event(s) recorded before {Cutoff:o}", deleted, cutoff);
        }

        return deleted;
    }
}
