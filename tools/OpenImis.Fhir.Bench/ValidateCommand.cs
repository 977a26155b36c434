using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// <c>validate</c>: <c>$validate</c> throughput over HTTP against a running server, next to the same validator
/// called in this process on the same resources (the resources the server serves, fetched first). The gap is
/// what HTTP, parsing and the server's layers cost on top of validation.
/// </summary>
internal static class ValidateCommand
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/fhir+json");

    private sealed record Sample(string Type, string Profile, byte[] Body, Resource Resource);

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri(arguments.Required("base-url").TrimEnd('/') + "/");
        if (!baseUrl.IsLoopback || baseUrl.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"--base-url must be plain http on this machine (loopback), not '{baseUrl}'.");
        }

        var settings = arguments.RunSettings();
        using var handler = new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = settings.Concurrency };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/fhir+json");
        var samples = await FetchAsync(client, arguments.Number("count", 100), cancellationToken);

        var folder = arguments.Text("profiles", Path.Combine(AppContext.BaseDirectory, "profiles"));
        var maps = ConceptMapStore.Load(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        var validator = new ProfileValidator(ConformanceStore.Load(folder, maps.All), GuideDependencies.Load(folder), ProfileValidator.DefaultSpecificationZip);
        foreach (var sample in samples)
        {
            validator.Validate(sample.Resource, sample.Profile);
        }

        // Rounds alternate, so that neither side alone profits from a machine that got quieter or a JIT that
        // finished tiering up; the last round is the one compared.
        var rounds = Math.Max(1, arguments.Number("rounds", 2));
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}"));
            await RoundAsync(client, validator, samples, settings, ServerPid(arguments), cancellationToken);
        }

        return 0;
    }

    private static async System.Threading.Tasks.Task RoundAsync(
        HttpClient client, ProfileValidator validator, List<Sample> samples, RunSettings settings, int? serverPid, CancellationToken cancellationToken)
    {
        var own = new CpuMeter(null);
        LatencySummary direct = null!;
        var directCpu = await own.MeasureAsync(async () => direct = await LoadDriver.RunAsync(
            (random, _) =>
            {
                own.Count();
                var sample = samples[random.Next(samples.Count)];
                return System.Threading.Tasks.Task.FromResult(validator.Validate(sample.Resource, sample.Profile).Issue is not null);
            },
            settings, cancellationToken));
        Console.WriteLine(direct.Format("  direct Validator.Validate (parsed resources)", "ops"));
        Console.WriteLine(CpuMeter.Format("  direct", directCpu));

        var deserializer = new FhirJsonDeserializer();
        var parsed = await LoadDriver.RunAsync(
            (random, _) =>
            {
                var sample = samples[random.Next(samples.Count)];
                var resource = deserializer.DeserializeResource(Encoding.UTF8.GetString(sample.Body));
                return System.Threading.Tasks.Task.FromResult(validator.Validate(resource, sample.Profile).Issue is not null);
            },
            settings, cancellationToken);
        Console.WriteLine(parsed.Format("  direct parse + Validator.Validate", "ops"));

        // The server's CPU and this process's (the HTTP client) together: all that a request costs.
        var both = new CpuMeter(serverPid);
        LatencySummary http = null!;
        var httpCpu = await both.MeasureAsync(async () => http = await LoadDriver.RunAsync(
            async (random, token) =>
            {
                both.Count();
                var sample = samples[random.Next(samples.Count)];
                using var content = new ByteArrayContent(sample.Body);
                content.Headers.ContentType = JsonType;
                using var response = await client.PostAsync($"{sample.Type}/$validate", content, token);
                await response.Content.ReadAsByteArrayAsync(token);
                return response.IsSuccessStatusCode;
            },
            settings, cancellationToken));
        Console.WriteLine(http.Format("  HTTP POST [type]/$validate", "req"));
        if (serverPid is not null)
        {
            Console.WriteLine(CpuMeter.Format("  HTTP (server + client)", httpCpu));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  HTTP / direct per CPU-second: {directCpu / httpCpu:P0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  HTTP / direct: {http.PerSecond / direct.PerSecond:P0}; HTTP / direct with parsing: {http.PerSecond / parsed.PerSecond:P0} ({samples.Count} resources, concurrency {settings.Concurrency})"));
    }

    private static int? ServerPid(BenchArguments arguments) => arguments.Number("server-pid", 0) is > 0 and var pid ? pid : null;

    // What the server serves, with the profile each claims: the resources a client would send back.
    private static async Task<List<Sample>> FetchAsync(HttpClient client, int count, CancellationToken cancellationToken)
    {
        var deserializer = new FhirJsonDeserializer();
        var serializer = new FhirJsonSerializer();
        var samples = new List<Sample>();
        foreach (var type in new[] { "Patient", "Group" })
        {
            var json = await client.GetStringAsync($"{type}?_count={count}", cancellationToken);
            foreach (var entry in deserializer.Deserialize<Bundle>(json).Entry)
            {
                var resource = entry.Resource!;
                samples.Add(new Sample(type, resource.Meta!.Profile.Single()!, serializer.SerializeToBytes(resource), resource));
            }
        }

        return samples.Count > 0 ? samples : throw new ArgumentException("The server serves no Patient or Group to validate.");
    }
}
