using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// One pass of the change detector, in one transaction: take the detector lock (PostgreSQL: one pass at a time over
/// all processes), read the cursor, read every served type's versions newer than it (<see cref="IChangeFeed"/>),
/// insert those not yet in the outbox with origin <c>database</c>, and move the cursor up to the commit watermark
/// less the overlap. Versions a FHIR write put in the outbox are skipped by the outbox's unique index.
/// </summary>
internal sealed class ChangeDetectorPass(
    IServiceProvider services,
    ImisDbContext db,
    HandlerRegistry registry,
    IOptionsMonitor<ChangeDetectorOptions> options,
    TimeProvider clock,
    ILogger<ChangeDetectorPass> logger)
{
    /// <summary>The cursor's name in <c>fhir.change_cursor</c>.</summary>
    public const string CursorName = "database";

    // pg_try_advisory_xact_lock key: "OIFHIRCD" as a number, apart from the keys WriteLocks hashes from values.
    private const long LockKey = 0x4F49464849524344;

    private static readonly TimeSpan Microsecond = TimeSpan.FromTicks(10);

    /// <summary>Runs the pass; answers how many events it added and whether more are waiting (a cut-off batch).</summary>
    public async Task<(int Added, bool More)> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var postgres = db.Database.IsNpgsql();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (postgres && !await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return (0, false);
        }

        var (now, watermark) = postgres
            ? await CommitWatermark.ReadAsync(db, cancellationToken)
            : (clock.GetUtcNow().UtcDateTime, clock.GetUtcNow().UtcDateTime);
        var cursor = await ReadCursorAsync(cancellationToken);
        if (cursor is null)
        {
            // A new server starts from now: what openIMIS wrote before it existed is no news.
            await WriteCursorAsync(now - settings.DetectorOverlap, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (0, false);
        }

        var since = cursor.Value;
        var changes = new List<RowChange>();
        DateTime? cut = null;
        foreach (var type in registry.Registrations.Select(r => r.ResourceType))
        {
            if (registry.Resolve(services, type) is not IChangeFeed feed)
            {
                continue;
            }

            var found = await feed.ChangedSinceAsync(since, settings.DetectorBatch, cancellationToken);
            changes.AddRange(found);
            if (found.Count >= settings.DetectorBatch && (cut is null || found[^1].OccurredAt < cut))
            {
                cut = found[^1].OccurredAt;
            }
        }

        // Up to a cut-off batch's last instant, less a microsecond so that its ties are read again; never past a
        // transaction still open; never backwards.
        var target = (watermark ?? since) - settings.DetectorOverlap;
        if (cut is { } c && c - Microsecond < target)
        {
            target = c - Microsecond;
        }

        var position = target > since ? target : since;
        var added = changes.Count == 0 ? 0 : await ChangeEventSql.InsertAsync(db.Database, changes.Select(Event).ToList(), cancellationToken);
        await WriteCursorAsync(position, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (watermark is null)
        {
            logger.LogDebug("An open transaction is not visible in pg_stat_activity; the change cursor stays at {Position:o}", position);
        }

        return (added, cut is not null && position > since);
    }

    private static ChangeEvent Event(RowChange change) => new()
    {
        ResourceType = change.ResourceType,
        ResourceId = change.ResourceId,
        VersionId = change.VersionId,
        Action = change.Action,
        OccurredAt = change.OccurredAt,
        Origin = ChangeOrigin.Database,
    };

    private async Task<DateTime?> ReadCursorAsync(CancellationToken cancellationToken)
    {
        var table = ChangeEventSql.Table(db.Database, "change_cursor");
#pragma warning disable EF1002 // The table name comes from constants; the value is a parameter.
        var positions = await db.Database.SqlQueryRaw<DateTime>($"SELECT position AS \"Value\" FROM {table} WHERE name = {{0}}", CursorName)
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return positions.Count == 0 ? null : DateTime.SpecifyKind(positions[0].ToUniversalTime(), DateTimeKind.Utc);
    }

    private async Task WriteCursorAsync(DateTime position, DateTime now, CancellationToken cancellationToken)
    {
        var table = ChangeEventSql.Table(db.Database, "change_cursor");
#pragma warning disable EF1002, EF1003 // The table name comes from constants; every value is a parameter.
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} (name, position, updated_at) VALUES ({{0}}, {{1}}, {{2}}) " +
            "ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at",
            [CursorName, DateTime.SpecifyKind(position, DateTimeKind.Utc), DateTime.SpecifyKind(now, DateTimeKind.Utc)], cancellationToken);
#pragma warning restore EF1002, EF1003
    }
}
