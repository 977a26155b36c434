using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// Stores queued events in batches: when <see cref="AuditOptions.BatchSize"/> are waiting or every
/// <see cref="AuditOptions.FlushMilliseconds"/>, one INSERT batch per <see cref="AuditOptions.BatchSize"/> events. A
/// failed batch (the database is away) is kept and tried again, the pause doubling up to 30 s, while requests go on
/// filling the queue. On shutdown it stores what is queued, for as long as the host's shutdown timeout allows.
/// </summary>
internal sealed class AuditWriter(
    AuditQueue queue, IServiceScopeFactory scopes, AuditEventBuilder builder, FhirSerialization serialization,
    IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditWriter> logger) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromMilliseconds(settings.FlushMilliseconds);
        var batch = new List<AuditEntry>(settings.BatchSize);
        while (true)
        {
            try
            {
                await queue.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await DrainAsync(batch, settings.BatchSize, stoppingToken);
        }

        // Shutting down: the queue is complete, store what is left without the stopping token (the host bounds it).
        using var last = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await DrainAsync(batch, settings.BatchSize, last.Token);
        if (queue.Reader.Count > 0)
        {
            logger.LogError("{Count} audit event(s) could not be stored before the shutdown", queue.Reader.Count);
        }
    }

    private async Task DrainAsync(List<AuditEntry> batch, int size, CancellationToken cancellationToken)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < size && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            if (batch.Count == 0)
            {
                return;
            }

            if (!await StoreWithRetriesAsync(batch, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<bool> StoreWithRetriesAsync(List<AuditEntry> batch, CancellationToken cancellationToken)
    {
        var records = batch.Select(Build).OfType<AuditEventRecord>().ToList();
        var pause = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await StoreAsync(records, cancellationToken);
                queue.MarkWritten(batch.Count);
                return true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                logger.LogError("{Count} audit event(s) were not stored: the writer was stopped while the database was unreachable", batch.Count);
                return false;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Storing {Count} audit event(s) failed; trying again in {Pause}", batch.Count, pause);
                try
                {
                    await Task.Delay(pause, clock, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    logger.LogError("{Count} audit event(s) were not stored: the writer was stopped while the database was unreachable", batch.Count);
                    return false;
                }

                pause = pause * 2 > MaxPause ? MaxPause : pause * 2;
            }
        }
    }

    private async Task StoreAsync(List<AuditEventRecord> records, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in records)
        {
            record.Seq = 0; // a retried batch gets fresh keys
            record.StoredAt = now;
        }

        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await AuditCopy.WriteAsync(connection, records, cancellationToken);
            return;
        }

        db.AuditEvents.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditEventRecord? Build(AuditEntry entry)
    {
        try
        {
            var audit = builder.Build(entry);
            return AuditEventBuilder.Record(audit, serialization.ToJson(audit), clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex)
        {
            // A bug in the mapping must not stop the trail: this event is lost, loudly.
            logger.LogError(ex, "An AuditEvent for {Method} {Path} could not be built", entry.Method, entry.Path);
            return null;
        }
    }
}
