using System.Diagnostics;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>
/// SB-12 for changes made in SQL (printed; bench/README.md keeps the figures): from the commit of an openIMIS-style
/// update to its row in the outbox, with the default 2 s interval, the detector's share of
/// <see cref="Delivery.LegacySqlLatencyBench"/> (commit to subscriber). The goal is p95 within the interval plus 2 s;
/// printed, not asserted (bench/subscriptions.sh runs it).
/// </summary>
[Trait("Category", "Bench")]
public sealed class ChangeDetectorLatencyBench(DefaultDetectorServerFixture server, ITestOutputHelper output) : IClassFixture<DefaultDetectorServerFixture>
{
    private const int Changes = 20;

    [Fact]
    public async System.Threading.Tasks.Task DetectorLatency_PrintsCommitToOutboxRow_ForSqlUpdates_SB12()
    {
        using var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());
        var latencies = new List<double>();
        for (var i = 0; i < Changes; i++)
        {
            var created = await client.CreateAsync(Fixtures.Patient("LatencyBench"));

            // Spread over the interval, so that commits land at every point of the detector's cycle.
            await System.Threading.Tasks.Task.Delay(Random.Shared.Next(0, 2000));
            await LegacyWrites.RunAsync(server.ConnectionString, LegacyWrites.UpdateSql, created!.Id);
            var clock = Stopwatch.StartNew();
            await ChangeEvents.UntilAsync(server.ConnectionString, created.Id, e => e.Count >= 2);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        var p50 = latencies[latencies.Count / 2];
        var p95 = latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1];
        output.WriteLine($"SB-12 detector share: SQL commit to outbox row, {Changes} changes, interval 2 s: p50 {p50:F0} ms, p95 {p95:F0} ms, max {latencies[^1]:F0} ms");
        Assert.Equal(Changes, latencies.Count);
    }
}
