using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Tells a database that cannot serve right now (stopped, unreachable, restarting, out of connections, busy) from
/// every other failure, whichever layer wrapped the provider's exception (EF Core, a handler).
/// </summary>
public static class DatabaseFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> or one it wraps says that the database could not be reached or refused
    /// work for a while: a retry later may succeed, and nothing about the request itself was wrong.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(IsUnavailable);
            }

            if (IsUnavailableItself(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a PostgreSQL SQLSTATE means the server cannot serve now: class 08 (connection exception), an
    /// administrator or crash shutdown (57P01, 57P02), a server still starting (57P03), or no connection slot left (53300).
    /// </summary>
    public static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300";

    private static bool IsUnavailableItself(Exception exception) => exception switch
    {
        PostgresException postgres => IsUnavailableState(postgres.SqlState),

        // Npgsql's own failures (no server error): refused or reset connections, I/O errors, connect and command
        // timeouts, an exhausted pool. A protocol error is not among them: that is a bug, not an outage.
        NpgsqlException npgsql => npgsql.IsTransient,

        // SQLITE_BUSY and SQLITE_LOCKED: another writer held the file longer than the busy timeout.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        _ => false,
    };
}
