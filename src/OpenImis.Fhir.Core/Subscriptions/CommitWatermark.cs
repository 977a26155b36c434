using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// The point in time before which every write to the database has committed or rolled back (PostgreSQL), so that
/// the detector's cursor never passes a row that a transaction still open will commit with an earlier
/// <c>ValidityFrom</c>. openIMIS stamps <c>ValidityFrom</c> inside the transaction that writes the row, so a row
/// of a transaction still open is no older than that transaction's start: the watermark is the start of the oldest
/// transaction that has written something (has an xid), or now. When an open transaction cannot be seen (another
/// role's session without <c>pg_read_all_stats</c>, a prepared transaction), the answer is null: hold the cursor.
/// </summary>
internal static class CommitWatermark
{
    // Every xid in progress (the snapshot's xip, cluster-wide) must belong to a backend whose start we can read.
    private const string Sql = """
        SELECT statement_timestamp(),
               (SELECT min(a.xact_start) FROM pg_stat_activity a
                 WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL AND a.pid <> pg_backend_pid()),
               (SELECT count(*) FROM pg_snapshot_xip(pg_current_snapshot()) x
                 WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                                    WHERE a.backend_xid IS NOT NULL AND a.xact_start IS NOT NULL
                                      AND a.backend_xid::text = ((x::text)::bigint % 4294967296)::text))
        """;

    /// <summary>The database's now and the watermark (null: hold the cursor), on the context's open connection.</summary>
    public static async Task<(DateTime Now, DateTime? Watermark)> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var now = Utc(reader, 0)!.Value;
        var oldest = Utc(reader, 1);
        var unseen = reader.GetInt64(2);
        return (now, unseen > 0 ? null : oldest is { } o && o < now ? o : now);
    }

    private static DateTime? Utc(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal).ToUniversalTime(), DateTimeKind.Utc);
}
