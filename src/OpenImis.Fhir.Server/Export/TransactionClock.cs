using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The export's transactionTime (Bulk Data §1.9 on PostgreSQL). openIMIS stamps a change with its transaction's start
/// (<c>now()</c>), which becomes visible only at commit: a transaction still open at kick-off can commit rows stamped
/// before the kick-off later. So the time is the start of the oldest transaction still open on the database (or the
/// kick-off, when older), less one microsecond: every row stamped up to it is committed, and every row committed later
/// is stamped after it and goes to the next <c>_since</c> export.
/// </summary>
internal static class TransactionClock
{
    public static async Task<DateTime> NowAsync(FhirStateDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!db.Database.IsNpgsql())
        {
            // SQLite has one writer at a time, and this server's writes stamp the clock at their start too.
            return now.AddTicks(-10);
        }

        var oldest = await db.Database.SqlQueryRaw<DateTime?>(
                """
                SELECT min(xact_start) AS "Value" FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
                """)
            .SingleAsync(cancellationToken);
        var start = oldest is { } o && o.ToUniversalTime() < now ? o.ToUniversalTime() : now;
        return start.AddTicks(-10);
    }
}
