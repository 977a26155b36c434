using Npgsql;
using NpgsqlTypes;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// The dispatcher's reads and writes of <c>fhir.subscription</c> and <c>fhir.subscription_event</c>, in plain SQL on
/// the connection that holds the subscription's lease: one round trip to read a subscription with its next events,
/// one to record an attempt (every event of a notification in one statement). Status changes are conditional on the
/// status they change, so a client's <c>off</c> or <c>requested</c> written meanwhile always wins.
/// </summary>
internal static class DeliverySql
{
    private const string SubscriptionColumns =
        "id, version, status, kind, criteria, resource_type, filters, channel_type, endpoint, payload, content, headers, "
        + "heartbeat_seconds, timeout_seconds, max_count, end_at, event_count, error, resource, base_url, owner, created_at, "
        + "updated_at, last_sent_at, owner_scopes, owner_user_id, owner_user_name, owner_districts";

    private const string EventColumns =
        "subscription_id, event_number, change_seq, resource_type, resource_id, version_id, action, occurred_at, state, "
        + "attempts, next_attempt_at, delivered_at, last_error";

    // One row per subscription that is not off, with its first waiting event (the index on (subscription_id, state,
    // event_number) answers the lateral query).
    private const string ScanSql = """
        SELECT s.id, s.kind, s.status, s.error, s.end_at, s.heartbeat_seconds, s.last_sent_at,
               p.event_number, p.next_attempt_at, p.occurred_at
        FROM fhir.subscription s
        LEFT JOIN LATERAL (
            SELECT e.event_number, e.next_attempt_at, e.occurred_at FROM fhir.subscription_event e
            WHERE e.subscription_id = s.id AND e.state = 'pending' ORDER BY e.event_number LIMIT 1) p ON true
        WHERE s.status <> 'off'
        """;

    // A null timestamp parameter (a bare DBNull is sent as text).
    private static readonly object NoTime = new();

    public static async Task<List<DueSubscription>> ScanAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ScanSql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DueSubscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DueSubscription(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), Nullable<string>(reader, 3), NullableTime(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5), NullableTime(reader, 6), reader.IsDBNull(7) ? null : reader.GetInt64(7),
                NullableTime(reader, 8), NullableTime(reader, 9)));
        }

        return rows;
    }

    /// <summary>
    /// The subscription (null when deleted) and the waiting events one notification may carry, in order: one for an
    /// R4 subscription, <c>maxCount</c> (else <paramref name="defaultMaxCount"/>) for a topic one.
    /// </summary>
    public static async Task<(SubscriptionRecord? Subscription, List<SubscriptionEvent> Events)> ReadAsync(
        NpgsqlConnection connection, string id, int defaultMaxCount, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command($"SELECT {SubscriptionColumns} FROM fhir.subscription WHERE id = $1", id),
                Command($"""
                    SELECT {EventColumns} FROM fhir.subscription_event WHERE subscription_id = $1 AND state = 'pending' ORDER BY event_number
                    LIMIT (SELECT CASE WHEN kind = 'topic' THEN GREATEST(COALESCE(max_count, $2), 1) ELSE 1 END FROM fhir.subscription WHERE id = $1)
                    """, id, defaultMaxCount),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        SubscriptionRecord? subscription = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            subscription = ReadSubscription(reader);
        }

        await reader.NextResultAsync(cancellationToken);
        var events = new List<SubscriptionEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader));
        }

        return (subscription, events);
    }

    /// <summary>The events were acknowledged: delivered, and the subscription back to active if it was in error.</summary>
    public static Task DeliveredAsync(NpgsqlConnection connection, string id, long[] numbers, DateTime now, CancellationToken cancellationToken) =>
        RunAsync(connection, cancellationToken,
            Command("""
                UPDATE fhir.subscription_event SET state = 'delivered', delivered_at = $3, attempts = attempts + 1, next_attempt_at = NULL
                WHERE subscription_id = $1 AND event_number = ANY($2) AND state = 'pending'
                """, id, numbers, now),
            Succeeded(id, now));

    /// <summary>An attempt at the events failed: counted, retried at <paramref name="next"/>, the subscription in error.</summary>
    public static Task FailedAsync(
        NpgsqlConnection connection, string id, long[] numbers, DateTime now, DateTime next, string error, CancellationToken cancellationToken) =>
        RunAsync(connection, cancellationToken,
            Command("""
                UPDATE fhir.subscription_event SET attempts = attempts + 1, next_attempt_at = $3, last_error = $4
                WHERE subscription_id = $1 AND event_number = ANY($2) AND state = 'pending'
                """, id, numbers, next, error),
            Failed(id, now, error));

    /// <summary>A heartbeat was sent: acknowledged (<paramref name="error"/> null) or not.</summary>
    public static Task HeartbeatAsync(NpgsqlConnection connection, string id, DateTime now, string? error, CancellationToken cancellationToken) =>
        RunAsync(connection, cancellationToken, error is null ? Succeeded(id, now) : Failed(id, now, error));

    /// <summary>
    /// Moves the subscription from <paramref name="from"/> to <paramref name="to"/> (a new version) with
    /// <paramref name="error"/>; stamps <c>last_sent_at</c> when a notification was sent. False when its status was no
    /// longer <paramref name="from"/>.
    /// </summary>
    public static async Task<bool> MoveAsync(
        NpgsqlConnection connection, string id, string from, string to, string? error, DateTime now, bool sent, CancellationToken cancellationToken)
    {
        return await RunAsync(connection, cancellationToken, Command("""
            UPDATE fhir.subscription SET status = $3, error = $4, version = version + 1, updated_at = $5,
                last_sent_at = CASE WHEN $6 THEN $5 ELSE last_sent_at END
            WHERE id = $1 AND status = $2
            """, id, from, to, (object?)error ?? DBNull.Value, now, sent)) == 1;
    }

    /// <summary>Turns the subscription off (its <c>end</c> passed), whatever its status.</summary>
    public static async Task OffAsync(NpgsqlConnection connection, string id, DateTime now, CancellationToken cancellationToken)
    {
        await RunAsync(connection, cancellationToken, Command(
            "UPDATE fhir.subscription SET status = 'off', version = version + 1, updated_at = $2 WHERE id = $1 AND status <> 'off'", id, now));
    }

    /// <summary>Expires the waiting events that occurred before <paramref name="before"/>; answers how many, the subscription in error.</summary>
    public static async Task<long> ExpireAsync(
        NpgsqlConnection connection, string id, DateTime before, DateTime now, TimeSpan horizon, CancellationToken cancellationToken)
    {
        var count = await RunAsync(connection, cancellationToken, Command("""
            UPDATE fhir.subscription_event SET state = 'expired', next_attempt_at = NULL
            WHERE subscription_id = $1 AND state = 'pending' AND occurred_at < $2
            """, id, before));
        if (count > 0)
        {
            await RunAsync(connection, cancellationToken, Failed(id, NoTime, DeliveryErrors.Expired(count, horizon), now));
        }

        return count;
    }

    private static NpgsqlBatchCommand Succeeded(string id, DateTime now) => Command("""
        UPDATE fhir.subscription SET last_sent_at = $2,
            version = version + CASE WHEN status = 'error' THEN 1 ELSE 0 END,
            updated_at = CASE WHEN status = 'error' THEN $2 ELSE updated_at END,
            error = CASE WHEN status = 'error' THEN NULL ELSE error END,
            status = CASE WHEN status = 'error' THEN 'active' ELSE status END
        WHERE id = $1
        """, id, now);

    private static NpgsqlBatchCommand Failed(string id, DateTime now, string error) => Failed(id, (object)now, error, now);

    // Active becomes error (a new version); an error stays one with the newest text. Only PostgreSQL's old-row
    // semantics make the CASEs see the status before the update.
    private static NpgsqlBatchCommand Failed(string id, object sentAt, string error, DateTime now) => Command("""
        UPDATE fhir.subscription SET last_sent_at = COALESCE($2, last_sent_at), error = $3,
            version = version + CASE WHEN status = 'active' THEN 1 ELSE 0 END,
            updated_at = CASE WHEN status = 'active' THEN $4 ELSE updated_at END,
            status = CASE WHEN status = 'active' THEN 'error' ELSE status END
        WHERE id = $1 AND status IN ('active', 'error')
        """, id, sentAt, error, now);

    private static async Task<int> RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken, params NpgsqlBatchCommand[] commands)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        return await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    private static NpgsqlParameter Parameter(object value) => value switch
    {
        _ when ReferenceEquals(value, NoTime) => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        DBNull => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
        DateTime time => new NpgsqlParameter { Value = time, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        _ => new NpgsqlParameter { Value = value },
    };

    private static SubscriptionRecord ReadSubscription(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        Version = r.GetInt32(1),
        Status = r.GetString(2),
        Kind = r.GetString(3),
        Criteria = r.GetString(4),
        ResourceType = r.GetString(5),
        Filters = Nullable<string>(r, 6),
        ChannelType = r.GetString(7),
        Endpoint = r.GetString(8),
        Payload = Nullable<string>(r, 9),
        Content = Nullable<string>(r, 10),
        Headers = Nullable<string>(r, 11),
        HeartbeatSeconds = r.IsDBNull(12) ? null : r.GetInt32(12),
        TimeoutSeconds = r.IsDBNull(13) ? null : r.GetInt32(13),
        MaxCount = r.IsDBNull(14) ? null : r.GetInt32(14),
        EndAt = NullableTime(r, 15),
        EventCount = r.GetInt64(16),
        Error = Nullable<string>(r, 17),
        Resource = r.GetString(18),
        BaseUrl = r.GetString(19),
        Owner = Nullable<string>(r, 20),
        CreatedAt = r.GetDateTime(21),
        UpdatedAt = r.GetDateTime(22),
        LastSentAt = NullableTime(r, 23),
        OwnerScopes = Nullable<string>(r, 24),
        OwnerUserId = r.IsDBNull(25) ? null : r.GetInt32(25),
        OwnerUserName = Nullable<string>(r, 26),
        OwnerDistricts = Nullable<string>(r, 27),
    };

    private static SubscriptionEvent ReadEvent(NpgsqlDataReader r) => new()
    {
        SubscriptionId = r.GetString(0),
        EventNumber = r.GetInt64(1),
        ChangeSeq = r.IsDBNull(2) ? null : r.GetInt64(2),
        ResourceType = r.GetString(3),
        ResourceId = r.GetString(4),
        VersionId = Nullable<string>(r, 5),
        Action = r.GetString(6),
        OccurredAt = r.GetDateTime(7),
        State = r.GetString(8),
        Attempts = r.GetInt32(9),
        NextAttemptAt = NullableTime(r, 10),
        DeliveredAt = NullableTime(r, 11),
        LastError = Nullable<string>(r, 12),
    };

    private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal)
        where T : class => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    private static DateTime? NullableTime(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDateTime(ordinal);
}
