using Npgsql;

namespace OpenImis.Fhir.Bench;

/// <summary><c>load</c>: HTTP requests against a running server on this machine: Patient reads, family searches, updates or creates.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri(arguments.Required("base-url").TrimEnd('/') + "/");
        if (!baseUrl.IsLoopback || baseUrl.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"--base-url must be plain http on this machine (loopback), not '{baseUrl}'.");
        }

        var scenario = arguments.Scenario();
        var settings = arguments.RunSettings();
        List<string> samples;
        await using (var dataSource = NpgsqlDataSource.Create(arguments.Required("connection")))
        {
            samples = await Samples.PickAsync(dataSource, scenario, arguments.Number("sample", 2000), cancellationToken);
        }

        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = settings.Concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/fhir+json");

        var operation = new HttpOperations(client, samples);
        var summary = await LoadDriver.RunAsync(operation.For(scenario), settings, cancellationToken);
        Console.WriteLine(summary.Format(scenario.ToString().ToLowerInvariant(), "req"));
        return 0;
    }
}
