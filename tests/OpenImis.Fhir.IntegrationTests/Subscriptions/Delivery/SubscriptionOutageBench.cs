using System.Diagnostics;
using System.Globalization;
using System.Net;
using OpenImis.Fhir.Core.State;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// SB-07 at full length, on demand (bench/subscriptions.sh --outage): the subscriber answers 503 for
/// <c>SB07_OUTAGE_SECONDS</c> (600 by default) while 1,000 events occur, with the production backoff (1 s doubling to
/// 60 s); then it recovers. Prints the redelivery time, attempts, gaps and duplicates.
/// </summary>
[Trait("Category", "Bench")]
public sealed class SubscriptionOutageBench(BenchServerFixture server, ITestOutputHelper output) : IClassFixture<BenchServerFixture>
{
    private const int Events = 1000;

    [Fact]
    public async System.Threading.Tasks.Task Outage_PrintsRedelivery_AfterAFullLengthOutage_SB07()
    {
        var outage = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("SB07_OUTAGE_SECONDS") ?? "600", CultureInfo.InvariantCulture));
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint);
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Active);

        subscriber.Status = HttpStatusCode.ServiceUnavailable;
        var clock = Stopwatch.StartNew();
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= Events; i++)
        {
            await BenchSql.AddEventsAsync(server.ConnectionString, [subscription.Id], 1);
            var wait = outage * i / Events - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await System.Threading.Tasks.Task.Delay(wait);
            }

            if (i % 100 == 0)
            {
                statuses.Add((await SubscriptionRows.FindAsync(server.Services, subscription.Id))!.Status);
            }
        }

        var atRecovery = await SubscriptionRows.FindAsync(server.Services, subscription.Id);
        subscriber.Status = HttpStatusCode.OK;
        var recovery = Stopwatch.StartNew();
        TimeSpan? firstDelivery = null;
        while (await SubscriptionRows.PendingAsync(server.ConnectionString, subscription.Id) > 0)
        {
            if (firstDelivery is null && subscriber.Requests.Any(r => r.Status == 200 && r.At > DateTime.UtcNow - recovery.Elapsed))
            {
                firstDelivery = recovery.Elapsed;
            }

            await System.Threading.Tasks.Task.Delay(100);
        }

        var drained = recovery.Elapsed;
        var acknowledged = subscriber.Acknowledged.Where(n => n.Type == "event-notification").SelectMany(n => n.EventNumbers).ToList();
        var failed = subscriber.Requests.Count(r => r.Status == 503);
        var gaps = Enumerable.Range(1, Events).Count(n => !acknowledged.Contains(n));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SB-07 full: {outage.TotalSeconds:F0} s outage (503), {Events} events; status during the outage: {string.Join("/", statuses)}, events-since at recovery {atRecovery!.EventCount}; {failed} failed attempts in all; after recovery first delivery at {firstDelivery?.TotalSeconds ?? drained.TotalSeconds:F1} s, all delivered {drained.TotalSeconds:F1} s after recovery ({Events / Math.Max(drained.TotalSeconds, 0.001):F0}/s including the wait); gaps {gaps}, duplicates acknowledged {acknowledged.Count - acknowledged.Distinct().Count()}"));
        Assert.Equal(0, gaps);
    }
}
