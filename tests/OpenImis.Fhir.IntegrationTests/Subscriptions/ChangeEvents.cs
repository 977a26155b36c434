using Npgsql;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>Reads the outbox and the detector's cursor, and waits for the detector.</summary>
internal static class ChangeEvents
{
    public static async Task<List<ChangeEventRow>> ForAsync(string connectionString, string resourceId) =>
        await QueryAsync(connectionString, "WHERE resource_id = @id", resourceId.ToLowerInvariant());

    public static async Task<List<ChangeEventRow>> AllAsync(string connectionString) => await QueryAsync(connectionString, "", null);

    public static async Task<long> CountAsync(string connectionString) => (await AllAsync(connectionString)).Count;

    /// <summary>The cursor and when a pass last moved it.</summary>
    public static async Task<(DateTime Position, DateTime UpdatedAt)> CursorAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT position, updated_at FROM fhir.change_cursor WHERE name = 'database'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the detector has no cursor yet");
        return (reader.GetDateTime(0), reader.GetDateTime(1));
    }

    /// <summary>Waits until the detector has completed a pass that began after now.</summary>
    public static async Task AfterPassesAsync(string connectionString, int passes = 2)
    {
        for (var i = 0; i < passes; i++)
        {
            var before = DateTime.UtcNow;
            await UntilAsync(async () => (await CursorAsync(connectionString)).UpdatedAt > before, TimeSpan.FromSeconds(20));
        }
    }

    /// <summary>Waits until <paramref name="resourceId"/> has events matching <paramref name="done"/>; answers them.</summary>
    public static async Task<List<ChangeEventRow>> UntilAsync(string connectionString, string resourceId, Func<List<ChangeEventRow>, bool> done)
    {
        List<ChangeEventRow> rows = [];
        await UntilAsync(async () => done(rows = await ForAsync(connectionString, resourceId)), TimeSpan.FromSeconds(20));
        return rows;
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < end, $"not done within {timeout}");
            await Task.Delay(50);
        }
    }

    private static async Task<List<ChangeEventRow>> QueryAsync(string connectionString, string where, string? id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT resource_type, resource_id, version_id, action, occurred_at, origin FROM fhir.change_event {where} ORDER BY seq", connection);
        if (id is not null)
        {
            command.Parameters.AddWithValue("id", id);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ChangeEventRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ChangeEventRow(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetDateTime(4), reader.GetString(5)));
        }

        return rows;
    }
}
