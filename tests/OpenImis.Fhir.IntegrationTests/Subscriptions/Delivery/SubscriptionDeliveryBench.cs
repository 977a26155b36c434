using System.Diagnostics;
using System.Globalization;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// Delivery benchmarks (printed figures; bench/subscriptions.sh runs them, ./test.sh leaves them out by their trait):
/// SB-13 throughput and backlog drain, SB-12 commit-to-receipt latency of FHIR writes, SB-10 latency of healthy
/// subscribers next to a dead one. The asserts only check that the work was done, never a time.
/// </summary>
[Trait("Category", "Bench")]
public sealed class SubscriptionDeliveryBench(BenchServerFixture server, ITestOutputHelper output) : IClassFixture<BenchServerFixture>
{
    private const int Subscriptions = 20;

    [Fact]
    public async System.Threading.Tasks.Task Drain_PrintsNotificationsPerSecond_WhenABacklogWaits_SB13()
    {
        const int PerSubscription = 500;
        var (subscribers, ids) = await ActiveTopicSubscriptionsAsync(Subscriptions);
        try
        {
            await BenchSql.SetStatusAsync(server.ConnectionString, ids, SubscriptionStatus.Off);
            await BenchSql.AddEventsAsync(server.ConnectionString, ids, PerSubscription);
            var clock = Stopwatch.StartNew();
            await BenchSql.SetStatusAsync(server.ConnectionString, ids, SubscriptionStatus.Active);
            while (await BenchSql.PendingAsync(server.ConnectionString, ids) > 0)
            {
                await System.Threading.Tasks.Task.Delay(50);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var total = Subscriptions * PerSubscription;
            output.WriteLine(Invariant($"SB-13 drain: {total} notifications (1 event each) to {Subscriptions} loopback subscribers in {seconds:F1} s = {total / seconds:F0} notifications/s"));
            Assert.Equal(total, subscribers.Sum(s => s.Requests.Count(r => r.Status == 200)) - Subscriptions);
        }
        finally
        {
            subscribers.ForEach(s => s.Dispose());
        }
    }

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    public async System.Threading.Tasks.Task Sustained_PrintsDeliveredRateAndLatency_WhenEventsArriveSteadily_SB13(int offeredPerSecond)
    {
        const int Seconds = 20;
        var (subscribers, ids) = await ActiveTopicSubscriptionsAsync(Subscriptions);
        try
        {
            var perTick = offeredPerSecond / 10 / Subscriptions;
            var clock = Stopwatch.StartNew();
            for (var tick = 1; tick <= Seconds * 10; tick++)
            {
                await BenchSql.AddEventsAsync(server.ConnectionString, ids, perTick);
                var wait = TimeSpan.FromMilliseconds(tick * 100) - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await System.Threading.Tasks.Task.Delay(wait);
                }
            }

            var backlog = await BenchSql.PendingAsync(server.ConnectionString, ids);
            var (p50, p95, max, count) = await BenchSql.LatencyAsync(server.ConnectionString, ids);
            var offered = perTick * Subscriptions * 10 * Seconds;
            output.WriteLine(Invariant($"SB-13 sustained: offered {offered / (double)Seconds:F0}/s for {Seconds} s to {Subscriptions} subscribers: delivered {count} ({count / clock.Elapsed.TotalSeconds:F0}/s), backlog at the end {backlog}; event to acknowledgement p50 {p50:F0} ms, p95 {p95:F0} ms, max {max:F0} ms"));
            while (await BenchSql.PendingAsync(server.ConnectionString, ids) > 0)
            {
                await System.Threading.Tasks.Task.Delay(50);
            }

            Assert.Equal(offered, subscribers.Sum(s => s.Requests.Count(r => r.Status == 200)) - Subscriptions);
        }
        finally
        {
            subscribers.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Latency_PrintsCommitToReceipt_ForFhirWrites_SB12()
    {
        const int Writes = 40;
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint);
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Active);
        using var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());
        var afterCommit = new List<double>();
        var fromRequest = new List<double>();
        for (var i = 0; i < Writes; i++)
        {
            await System.Threading.Tasks.Task.Delay(Random.Shared.Next(100, 300));
            var request = Stopwatch.StartNew();
            var created = await client.CreateAsync(Fixtures.Patient("DeliveryLatency"));
            var committed = request.Elapsed;
            var focus = "Patient/" + created!.Id;
            await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Focus.Contains(focus)));
            var received = subscriber.Acknowledged.First(n => n.Focus.Contains(focus)).Request.At;
            var total = request.Elapsed - (DateTime.UtcNow - received);
            fromRequest.Add(total.TotalMilliseconds);
            afterCommit.Add((total - committed).TotalMilliseconds);
        }

        output.WriteLine("SB-12 FHIR write (POST Patient) → outbox → matcher double → dispatcher → loopback subscriber, " + Writes + " writes:");
        output.WriteLine("  from the write's answer (commit): " + Percentiles(afterCommit));
        output.WriteLine("  from the start of the write:      " + Percentiles(fromRequest));
        Assert.Equal(Writes, subscriber.Acknowledged.Count(n => n.Type == "event-notification"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Isolation_PrintsHealthyLatency_WithAndWithoutADeadSubscriber_SB10()
    {
        var baseline = await IsolationRunAsync(dead: false);
        var withDead = await IsolationRunAsync(dead: true);
        output.WriteLine(Invariant($"SB-10: 9 healthy subscribers, 10 events/s each for 10 s: p50/p95 {baseline.P50:F0}/{baseline.P95:F0} ms with all 10 healthy; {withDead.P50:F0}/{withDead.P95:F0} ms with the 10th hanging until its 20 s timeout ({(withDead.P95 / baseline.P95 - 1) * 100:F0} % on p95)"));
        Assert.Equal((1000L, 900L), (baseline.Count, withDead.Count));
    }

    private async Task<(double P50, double P95, long Count)> IsolationRunAsync(bool dead)
    {
        var subscribers = Enumerable.Range(0, 10).Select(i => new Subscriber { Delay = dead && i == 0 ? TimeSpan.FromSeconds(30) : TimeSpan.Zero }).ToList();
        try
        {
            var ids = new List<string>();
            foreach (var (subscriber, i) in subscribers.Select((s, i) => (s, i)))
            {
                var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s =>
                {
                    s.Status = SubscriptionStatus.Active;
                    s.LastSentAt = DateTime.UtcNow;
                    s.TimeoutSeconds = i == 0 && dead ? 20 : null;
                });
                await SubscriptionRows.AddAsync(server.Services, subscription);
                ids.Add(subscription.Id);
            }

            var clock = Stopwatch.StartNew();
            for (var tick = 1; tick <= 100; tick++)
            {
                await BenchSql.AddEventsAsync(server.ConnectionString, ids, 1);
                var wait = TimeSpan.FromMilliseconds(tick * 100) - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await System.Threading.Tasks.Task.Delay(wait);
                }
            }

            var healthy = ids.Skip(1).ToList();
            while (await BenchSql.PendingAsync(server.ConnectionString, dead ? healthy : ids) > 0)
            {
                await System.Threading.Tasks.Task.Delay(50);
            }

            await BenchSql.SetStatusAsync(server.ConnectionString, ids, SubscriptionStatus.Off);
            var (p50, p95, _, _) = await BenchSql.LatencyAsync(server.ConnectionString, healthy);
            var (_, _, _, count) = await BenchSql.LatencyAsync(server.ConnectionString, ids);
            return (p50, p95, count);
        }
        finally
        {
            subscribers.ForEach(s => s.Dispose());
        }
    }

    private async Task<(List<Subscriber> Subscribers, List<string> Ids)> ActiveTopicSubscriptionsAsync(int count)
    {
        var subscribers = Enumerable.Range(0, count).Select(_ => new Subscriber()).ToList();
        var ids = new List<string>();
        foreach (var subscriber in subscribers)
        {
            var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint);
            await SubscriptionRows.AddAsync(server.Services, subscription);
            ids.Add(subscription.Id);
        }

        foreach (var id in ids)
        {
            await SubscriptionRows.UntilAsync(server.Services, id, s => s.Status == SubscriptionStatus.Active);
        }

        return (subscribers, ids);
    }

    private static string Percentiles(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Invariant($"p50 {sorted[sorted.Count / 2]:F0} ms, p95 {sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1]:F0} ms, max {sorted[^1]:F0} ms");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
