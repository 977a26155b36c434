using Npgsql;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// One process's hold on one subscription, so that of several server processes over one database only one delivers
/// to it at a time (each event once, in order): a session-level PostgreSQL advisory lock on a connection kept for the
/// whole turn, which also carries the turn's reads and writes. A killed process's connection drops and PostgreSQL
/// frees its locks, so another process takes the subscription over at its next look. No transaction stays open
/// across an HTTP call, so the change detector's commit watermark is never held back by a slow subscriber.
/// </summary>
internal sealed class SubscriptionLease : IAsyncDisposable
{
    // The two-key form keeps these locks apart from the single-key ones of WriteLocks and the change detector.
    private const int LockClass = 0x5342; // "SB"

    private readonly string _id;

    private SubscriptionLease(NpgsqlConnection connection, string id)
    {
        Connection = connection;
        _id = id;
    }

    /// <summary>The connection that holds the lease; the turn's SQL runs on it.</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>The lease of subscription <paramref name="id"/>, or null when another process (or turn) holds it.</summary>
    public static async Task<SubscriptionLease?> TryTakeAsync(string connectionString, string id, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, hashtext($2))", connection)
            {
                Parameters = { new() { Value = LockClass }, new() { Value = id } },
            };
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new SubscriptionLease(connection, id);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1, hashtext($2))", Connection)
            {
                Parameters = { new() { Value = LockClass }, new() { Value = _id } },
            };
            await command.ExecuteScalarAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection is not returned to the pool, and its locks died with its session.
        }
        finally
        {
            await Connection.DisposeAsync();
        }
    }
}
