using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Security;
using OpenImis.Fhir.Server.Audit;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>
/// The audit overhead (printed figures; bench/audit.sh runs it, ./test.sh leaves it out by its trait): reads
/// per second of <c>Patient/{id}</c> with auth (oidc, a user-mapped token) and the audit trail on, against the same
/// with the audit trail off, two servers over one demo database, in-process (TestServer: no sockets), rounds
/// alternating off/on so that machine load hits both alike. The asserts check only that the work was done: every read
/// of an audited round is a stored AuditEvent.
/// </summary>
[Trait("Category", "Bench")]
public sealed class AuditOverheadBench(ITestOutputHelper output)
{
    private const int Concurrency = 16;

    [Fact]
    public async System.Threading.Tasks.Task Reads_PrintsReadsPerSecondWithAuditOnAndOff()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("AUDIT_BENCH_SECONDS"), out var s) ? s : 15;
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("AUDIT_BENCH_ROUNDS"), out var r) ? r : 3;
        var database = await TestPostgres.CreateDatabaseAsync();
        using var provider = new FakeIdentityProvider();
        try
        {
            await using var on = Server(database, provider, audit: true);
            await using var off = Server(database, provider, audit: false);
            var ids = await PatientIdsAsync(on, provider);
            await MeasureAsync(off, provider, ids, TimeSpan.FromSeconds(3)); // warm-up: JIT, pools, caches
            await MeasureAsync(on, provider, ids, TimeSpan.FromSeconds(3));
            var queue = on.Services.GetRequiredService<AuditQueue>();
            await queue.FlushAsync(CancellationToken.None);

            var offRates = new List<double>();
            var onRates = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var (offReads, offRate) = await MeasureAsync(off, provider, ids, TimeSpan.FromSeconds(seconds));
                var writtenBefore = queue.Written;
                var (onReads, onRate) = await MeasureAsync(on, provider, ids, TimeSpan.FromSeconds(seconds));
                await queue.FlushAsync(CancellationToken.None);
                offRates.Add(offRate);
                onRates.Add(onRate);
                output.WriteLine(Invariant($"AUDIT round {round}: audit off {offRate:F0} reads/s ({offReads} in {seconds} s), audit on {onRate:F0} reads/s ({onReads}), {queue.Written - writtenBefore} events stored"));
                Assert.Equal(onReads, queue.Written - writtenBefore);
            }

            var offMean = offRates.Average();
            var onMean = onRates.Average();
            output.WriteLine(Invariant($"AUDIT mean over {rounds} rounds, concurrency {Concurrency}: off {offMean:F0} reads/s, on {onMean:F0} reads/s, overhead {(1 - (onMean / offMean)) * 100:F1} %; dropped {queue.Dropped}"));
            Assert.Equal(0, queue.Dropped);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private static FhirServerFactory Server(string database, FakeIdentityProvider provider, bool audit) => new(database, new Dictionary<string, string?>
    {
        ["Auth:Mode"] = "oidc",
        ["Auth:Authority"] = provider.Issuer,
        ["Auth:Audience"] = FakeIdentityProvider.Audience,
        ["Auth:RequireHttpsMetadata"] = "false",
        ["RateLimit:Enabled"] = "false",
        ["Database:SeedDemoData"] = "true",
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Audit:Enabled"] = audit ? "true" : "false",
    });

    private static async Task<List<string>> PatientIdsAsync(FhirServerFactory server, FakeIdentityProvider provider)
    {
        using var client = Client(server, provider);
        using var response = await client.GetAsync("/fhir/Patient?_count=100&_elements=id");
        var bundle = await FhirHttp.ReadAsync<Bundle>(response);
        return [.. bundle.Entry.Select(e => e.Resource.Id)];
    }

    private static async Task<(long Reads, double PerSecond)> MeasureAsync(FhirServerFactory server, FakeIdentityProvider provider, List<string> ids, TimeSpan duration)
    {
        long reads = 0;
        var clock = Stopwatch.StartNew();
        await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async worker =>
        {
            using var client = Client(server, provider);
            var i = worker;
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync($"/fhir/Patient/{ids[i++ % ids.Count]}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Interlocked.Increment(ref reads);
            }
        }));
        return (reads, reads / clock.Elapsed.TotalSeconds);
    }

    private static HttpClient Client(FhirServerFactory server, FakeIdentityProvider provider)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", provider.Token(clientId: "bench"));
        return client;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
