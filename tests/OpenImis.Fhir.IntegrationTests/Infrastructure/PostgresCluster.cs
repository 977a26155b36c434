using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of a test's own (scripts/pg.sh), which the test may stop and start again, unlike the shared
/// one of ./test.sh. Its port is OPENIMIS_TEST_PG_SPARE_PORT when set, else a free one.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    public const string PortVariable = "OPENIMIS_TEST_PG_SPARE_PORT";

    private readonly string _folder;
    private readonly int _port;

    private PostgresCluster(string folder, int port, string connectionString)
    {
        _folder = folder;
        _port = port;
        ConnectionString = connectionString;
    }

    /// <summary>The cluster's <c>postgres</c> database.</summary>
    public string ConnectionString { get; }

    public static Task<PostgresCluster> StartAsync() =>
        StartAsync(Environment.GetEnvironmentVariable(PortVariable) is { Length: > 0 } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : FreePort());

    /// <summary>A cluster on <paramref name="port"/>, for a test that must not meet another's cluster.</summary>
    public static async Task<PostgresCluster> StartAsync(int port)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pg-test-{Guid.NewGuid():N}");
        var output = await RunAsync("bash", Path.Combine(RepositoryPaths.Root, "scripts", "pg.sh"), "start", folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new PostgresCluster(folder, port, output.Trim());
    }

    /// <summary>A new database in the cluster.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server as an administrator would (fast shutdown: sessions are terminated with 57P01).</summary>
    public Task StopServerAsync() => PgCtlAsync("-m", "fast", "-w", "stop");

    /// <summary>Starts the stopped server again, on its port and with the options scripts/pg.sh gave it.</summary>
    public Task StartServerAsync() => PgCtlAsync(
        "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        "start");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("bash", Path.Combine(RepositoryPaths.Root, "scripts", "pg.sh"), "stop", _folder);
    }

    private async Task PgCtlAsync(params string[] arguments)
    {
        var pgCtl = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).First(File.Exists);
        string[] command = [pgCtl, "-D", Path.Combine(_folder, "data"), .. arguments];
        if (Environment.UserName == "root")
        {
            await RunAsync("runuser", ["-u", "postgres", "--", .. command]);
        }
        else
        {
            await RunAsync(command[0], command[1..]);
        }
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
