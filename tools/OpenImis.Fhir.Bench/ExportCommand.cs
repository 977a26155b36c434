using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// <c>export</c>: a system <c>$export</c> on a running server, from kick-off to the complete manifest, in resources/s
/// and MB/s (EX-B1), with the server's RSS sampled each second (EX-B2). The bytes are those of the NDJSON files in
/// the server's export directory; the export is deleted afterwards. The server's CPU time over the same span is
/// printed too: on a shared machine the wall-clock rate swings with the neighbours' load, the CPU cost barely does.
/// </summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var baseUrl = arguments.Required("base-url").TrimEnd('/');
        var directory = arguments.Required("export-dir");
        var types = arguments.Text("type", string.Empty);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("Accept", "application/fhir+json");
        http.DefaultRequestHeaders.Add("Prefer", "respond-async");

        var pid = arguments.Number("server-pid", 0);
        await using var rss = new RssSampler(pid);
        var cpuBefore = ServerCpu(pid);
        var clock = Stopwatch.StartNew();
        using var kickoff = await http.GetAsync(baseUrl + "/$export" + (types.Length > 0 ? "?_type=" + types : string.Empty), cancellationToken);
        var status = kickoff.StatusCode == HttpStatusCode.Accepted && kickoff.Content.Headers.ContentLocation is { } location
            ? location
            : throw new InvalidOperationException($"kick-off answered {(int)kickoff.StatusCode}: {await kickoff.Content.ReadAsStringAsync(cancellationToken)}");
        var manifest = await PollAsync(http, status, TimeSpan.FromSeconds(arguments.Number("timeout", 7200)), cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (ServerCpu(pid) - cpuBefore).TotalSeconds;
        await rss.DisposeAsync();

        var files = manifest.RootElement.GetProperty("output").EnumerateArray().ToList();
        var count = files.Sum(f => f.GetProperty("count").GetInt64());
        var id = status.AbsolutePath.Split('/')[^1];
        var folder = Path.Combine(directory, id);
        var megabytes = Directory.EnumerateFiles(folder, "*.ndjson").Sum(f => new FileInfo(f).Length) / 1048576.0;
        var byType = string.Join(", ", files.GroupBy(f => f.GetProperty("type").GetString()).Select(g => $"{g.Key} {g.Sum(f => f.GetProperty("count").GetInt64())}"));
        using (await http.DeleteAsync(status, cancellationToken))
        {
            // the files go with the export
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"export: {count} resources in {files.Count} files in {seconds:F1} s = {count / seconds:F0} resources/s, {megabytes / seconds:F1} MB/s ({megabytes:F0} MB; {byType}); server RSS {rss.Baseline:F0} MB -> peak {rss.Peak:F0} MB (+{rss.Peak - rss.Baseline:F0} MB, {rss.Samples} samples); server CPU {cpu:F1} s = {count / Math.Max(cpu, 0.001):F0} resources per CPU-second"));
        return 0;
    }

    private static TimeSpan ServerCpu(int pid)
    {
        if (pid == 0)
        {
            return TimeSpan.Zero;
        }

        using var server = Process.GetProcessById(pid);
        return server.TotalProcessorTime;
    }

    // Polled every second rather than by Retry-After, so that the time is the export's to within a second.
    private static async Task<JsonDocument> PollAsync(HttpClient http, Uri status, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            using var response = await http.GetAsync(status, cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                case HttpStatusCode.Accepted or HttpStatusCode.TooManyRequests:
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                    continue;
                default:
                    throw new InvalidOperationException($"status answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        throw new TimeoutException($"the export did not complete within {timeout}.");
    }
}
