using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.State;
using AuditEvent = Hl7.Fhir.Model.AuditEvent;

namespace OpenImis.Fhir.Server.Audit.Atna;

/// <summary>
/// Forwards the stored events to the ATNA repository from a cursor (<c>fhir.audit_cursor</c> row <c>atna</c>), so
/// a repository that is down loses nothing: the cursor moves only after a batch was sent, and the next pass resumes
/// from it. The cursor row is locked for the pass, so processes over one database never send a batch twice at once.
/// Delivery is at least once: a connection lost after the bytes left but before the cursor moved sends them again.
/// </summary>
internal sealed class AtnaForwarder(
    IServiceScopeFactory scopes, FhirSerialization serialization, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AtnaForwarder> logger)
    : BackgroundService
{
    public const string CursorName = "atna";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var atna = options.Value.Atna;
        var transport = new AtnaTransport(atna);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await PassAsync(transport, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The repository or the database is away: the cursor did not move.
                if (failures++ % 20 == 0)
                {
                    logger.LogWarning(ex, "Forwarding audit events to {Host}:{Port} ({Transport}) failed; trying again every {Seconds} s", atna.Host, atna.Port, atna.Transport, atna.IntervalSeconds);
                }

                sent = 0;
            }

            if (sent < atna.BatchSize)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(atna.IntervalSeconds), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One batch: answers how many events were sent.</summary>
    public async Task<int> PassAsync(AtnaTransport transport, CancellationToken cancellationToken)
    {
        var atna = options.Value.Atna;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        var postgres = db.Database.IsNpgsql();
        var (table, schema) = postgres ? ("audit_cursor", FhirStateDbContext.Schema) : (FhirStateDbContext.SqlitePrefix + "audit_cursor", null);
        var qualified = schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
        var now = clock.GetUtcNow().UtcDateTime;
        // The table name is the server's own constant; the values are parameters.
#pragma warning disable EF1003
        await db.Database.ExecuteSqlRawAsync(
            (postgres ? "INSERT INTO " : "INSERT OR IGNORE INTO ") + qualified + " (name, position, updated_at) VALUES ({0}, 0, {1})"
            + (postgres ? " ON CONFLICT (name) DO NOTHING" : string.Empty), [CursorName, now], cancellationToken);
#pragma warning restore EF1003

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var locking = "SELECT * FROM " + qualified + " WHERE name = {0} FOR UPDATE";
        var cursor = postgres
            ? await db.AuditCursors.FromSqlRaw(locking, CursorName).FirstAsync(cancellationToken)
            : await db.AuditCursors.FirstAsync(c => c.Name == CursorName, cancellationToken);
        var settled = now.AddSeconds(-atna.SettleSeconds);
        var rows = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Seq > cursor.Position && a.StoredAt <= settled)
            .OrderBy(a => a.Seq).Take(atna.BatchSize)
            .Select(a => new { a.Seq, a.Resource })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var host = Environment.MachineName;
        var messages = rows.Select(r =>
        {
            var audit = (AuditEvent)serialization.Parse(r.Resource, FhirFormat.Json, long.MaxValue);
            return SyslogFrame.Message(AtnaMessage.Xml(audit), audit.Recorded?.UtcDateTime ?? now, host, atna.AppName);
        }).ToList();
        await transport.SendAsync(messages, cancellationToken);

        cursor.Position = rows[^1].Seq;
        cursor.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
