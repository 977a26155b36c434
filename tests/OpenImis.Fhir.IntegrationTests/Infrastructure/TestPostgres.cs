using Npgsql;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL that ./test.sh starts. Each fixture gets a database of its own, so tests never see
/// each other's rows.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "OPENIMIS_TEST_PG";

    /// <summary>Seconds a connection attempt may take before Npgsql gives up.</summary>
    private const int ConnectTimeoutSeconds = 120;

    static TestPostgres()
    {
        // Every class fixture boots a server with WebApplicationFactory, which starts the host synchronously and
        // so holds a pool thread while its own database calls wait for another. When many fixtures boot at once on
        // two cores, the pool grows one thread at a time and a connection attempt outlived Npgsql's default 15 s
        // (CI failed that way); a larger floor lets the waiting continuations run.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
    }

    /// <summary>
    /// The cluster's connection string with a connect timeout long enough for a machine busy booting servers: a test
    /// database is never unreachable, only slow to answer, so waiting is right.
    /// </summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? new NpgsqlConnectionStringBuilder(value) { Timeout = ConnectTimeoutSeconds }.ConnectionString
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL and sets it.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
