using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Drops the prepared statements of a PostgreSQL connection after a command failed in a way that can corrupt
/// Npgsql's bookkeeping of them, before the connection serves another command or goes back to the pool.
/// </summary>
/// <remarks>
/// With automatic preparation, the execution that prepares a statement sends Parse, Bind, Describe and Execute at
/// once. Npgsql 10 marks the statement prepared when ParseComplete arrives; when Bind then fails (a parameter the
/// server rejects, such as text containing U+0000: 22021), the Describe answer never comes, and the statement stays
/// "prepared" without a row description. The next execution of the same SQL on that connection skips Describe,
/// meets the first DataRow unannounced and fails with "Received unexpected backend message DataRow". Errors that
/// break the protocol itself (I/O, timeouts, lost sync) make Npgsql discard the connection; this covers the one
/// that does not. DEALLOCATE ALL needs a usable session, so inside a transaction (aborted by the error) the reset
/// waits until the connection closes; if the reset fails, the pool is cleared so the connection is never reused.
/// </remarks>
public sealed class PreparedStatementGuard : DbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly object Mark = new();
    private readonly ConditionalWeakTable<DbConnection, object> _suspects = [];

    /// <summary>Whether a failure may have happened between Parse and Bind: what Bind raises (data exceptions, class
    /// 22), a prepared statement the server no longer knows (26000), or a protocol violation (08P01).</summary>
    public static bool MayCorruptPreparedStatements(Exception exception) =>
        exception is PostgresException { SqlState: var state }
        && (state.StartsWith("22", StringComparison.Ordinal) || state is "26000" or "08P01");

    /// <inheritdoc />
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => OnFailed(command, eventData.Exception);

    /// <inheritdoc />
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        OnFailed(command, eventData.Exception);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ResetIfSuspect(connection);
        return result;
    }

    /// <inheritdoc />
    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ResetIfSuspect(connection);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ResetIfSuspect(connection);
        return result;
    }

    /// <inheritdoc />
    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ResetIfSuspect(connection);
        return ValueTask.FromResult(result);
    }

    private void OnFailed(DbCommand command, Exception exception)
    {
        if (command.Connection is not NpgsqlConnection connection || !MayCorruptPreparedStatements(exception))
        {
            return;
        }

        if (command.Transaction is null)
        {
            Reset(connection);
        }
        else
        {
            _suspects.AddOrUpdate(connection, Mark);
        }
    }

    private void ResetIfSuspect(DbConnection connection)
    {
        if (connection is NpgsqlConnection npgsql && _suspects.Remove(connection))
        {
            Reset(npgsql);
        }
    }

    private static void Reset(NpgsqlConnection connection)
    {
        try
        {
            if (connection.State == ConnectionState.Open)
            {
                connection.UnprepareAll();
                return;
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // Could not reset it: fall through, so that it cannot be reused with the stale statements.
        }

        NpgsqlConnection.ClearPool(connection);
    }
}
