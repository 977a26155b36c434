using System.Net;
using Npgsql;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// <c>search-catalog</c>: for each <see cref="CatalogSearch"/>, HTTP load of the server's search, then the same search
/// by bare Npgsql (count and page, rows read, nothing serialized): the floor the database sets. One line per run.
/// </summary>
internal static class SearchCatalogCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri(arguments.Required("base-url").TrimEnd('/') + "/");
        if (!baseUrl.IsLoopback || baseUrl.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"--base-url must be plain http on this machine (loopback), not '{baseUrl}'.");
        }

        var settings = arguments.RunSettings();
        var only = arguments.Text("only", string.Empty);
        await using var dataSource = NpgsqlDataSource.Create(FloorCommand.AsTheServerConnects(arguments.Required("connection")));
        using var handler = new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = settings.Concurrency };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/fhir+json");

        foreach (var search in CatalogSearch.All.Where(s => only.Length == 0 || s.Name.Contains(only, StringComparison.Ordinal)))
        {
            var samples = await SamplesAsync(dataSource, search, cancellationToken);
            var server = await LoadDriver.RunAsync(
                async (random, token) =>
                {
                    using var response = await client.GetAsync(search.FhirQuery + Uri.EscapeDataString(samples[random.Next(samples.Count)]), token);
                    await response.Content.CopyToAsync(Stream.Null, token);
                    return response.StatusCode == HttpStatusCode.OK;
                },
                settings,
                cancellationToken);
            Console.WriteLine(server.Format($"{search.Name}, server {search.FhirQuery}", "req"));
            var floor = await LoadDriver.RunAsync((random, token) => FloorAsync(dataSource, search, samples[random.Next(samples.Count)], token), settings, cancellationToken);
            Console.WriteLine(floor.Format($"{search.Name}, floor", "ops"));
        }

        return 0;
    }

    private static async Task<bool> FloorAsync(NpgsqlDataSource dataSource, CatalogSearch search, string sample, CancellationToken cancellationToken)
    {
        var value = search.Parameter(sample);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var count = new NpgsqlCommand(search.CountSql, connection))
        {
            count.Parameters.AddWithValue("v", value);
            await count.ExecuteScalarAsync(cancellationToken);
        }

        await using var page = new NpgsqlCommand(search.PageSql, connection);
        page.Parameters.AddWithValue("v", value);
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
        }

        return true;
    }

    private static async Task<List<string>> SamplesAsync(NpgsqlDataSource dataSource, CatalogSearch search, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(search.SampleSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var samples = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            samples.Add(reader.GetString(0));
        }

        return samples.Count > 0 ? samples : throw new InvalidOperationException($"{search.Table} holds no live rows: run catalog first.");
    }
}
