using Npgsql;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>The benchmarks' bulk writes and figures, in single SQL statements so the load generator stays light.</summary>
internal static class BenchSql
{
    /// <summary>Adds <paramref name="perSubscription"/> numbered events to each subscription in one statement.</summary>
    public static async Task AddEventsAsync(string connectionString, IReadOnlyList<string> ids, int perSubscription)
    {
        await RunAsync(connectionString, """
            WITH bumped AS (UPDATE fhir.subscription SET event_count = event_count + $2 WHERE id = ANY($1) RETURNING id, event_count)
            INSERT INTO fhir.subscription_event (subscription_id, event_number, resource_type, resource_id, action, occurred_at, state, attempts)
            SELECT b.id, b.event_count - $2 + g, 'Patient', gen_random_uuid()::text, 'update', clock_timestamp(), 'pending', 0
            FROM bumped b, generate_series(1, $2) g
            """, ids.ToArray(), perSubscription);
    }

    public static Task SetStatusAsync(string connectionString, IReadOnlyList<string> ids, string status) =>
        RunAsync(connectionString, "UPDATE fhir.subscription SET status = $2 WHERE id = ANY($1)", ids.ToArray(), status);

    public static async Task<long> PendingAsync(string connectionString, IReadOnlyList<string> ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM fhir.subscription_event WHERE subscription_id = ANY($1) AND state = 'pending'", connection)
        {
            Parameters = { new() { Value = ids.ToArray() } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>p50, p95 and max of occurrence → acknowledgement, in ms, over the delivered events of the subscriptions.</summary>
    public static async Task<(double P50, double P95, double Max, long Count)> LatencyAsync(string connectionString, IReadOnlyList<string> ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.95) WITHIN GROUP (ORDER BY ms), max(ms), count(*)
            FROM (SELECT extract(epoch FROM delivered_at - occurred_at) * 1000 AS ms FROM fhir.subscription_event
                  WHERE subscription_id = ANY($1) AND state = 'delivered') d
            """, connection)
        {
            Parameters = { new() { Value = ids.ToArray() } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1), Convert.ToDouble(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(3));
    }

    private static async Task RunAsync(string connectionString, string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
