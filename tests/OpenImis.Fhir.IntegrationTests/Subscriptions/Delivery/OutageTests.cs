using System.Diagnostics;
using System.Net;
using OpenImis.Fhir.Core.State;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// SB-07 on a shortened clock (backoff capped at 500 ms instead of 60 s, a 5 s outage instead of 10 min) and SB-10's
/// functional half: a subscriber that is down loses nothing and holds up nobody.
/// </summary>
public sealed class OutageTests(OutageServerFixture server, ITestOutputHelper output) : IClassFixture<OutageServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Outage_LosesNoEventAndRedeliversOnlyFailedOnes_WhenTheSubscriberAnswers503For1000Events_SB07()
    {
        const int Events = 1000;
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint);
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Active);

        subscriber.Status = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < Events; i += 100)
        {
            await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 100, "Patient", Guid.NewGuid().ToString());
            await System.Threading.Tasks.Task.Delay(500);
        }

        var during = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Error);
        subscriber.Status = HttpStatusCode.OK;
        var clock = Stopwatch.StartNew();
        await subscriber.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) >= Events, TimeSpan.FromMinutes(2));
        var drained = clock.Elapsed;
        var after = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Active);

        var acknowledged = subscriber.Acknowledged.Where(n => n.Type == "event-notification").SelectMany(n => n.EventNumbers).ToList();
        var failed = subscriber.Requests.Where(r => r.Status == 503).ToList();
        output.WriteLine($"outage: {failed.Count} failed attempts; after recovery {Events} events acknowledged in {drained.TotalSeconds:F1} s ({Events / drained.TotalSeconds:F0} notifications/s)");
        Assert.Equal((SubscriptionStatus.Error, (long)Events), (during.Status, during.EventCount));
        Assert.StartsWith("Notification failed: the endpoint answered 503", during.Error, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, Events).Select(i => (long)i), acknowledged);
        Assert.NotEmpty(failed);
        Assert.Null(after.Error);
        Assert.All(await SubscriptionRows.EventsAsync(server.Services, subscription.Id), e => Assert.Equal(DeliveryState.Delivered, e.State));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delivery_ReachesTheHealthySubscribers_WhileOneHangsUntilItsTimeout_SB10()
    {
        const int Events = 50;
        using var dead = new Subscriber { Delay = TimeSpan.FromSeconds(30) };
        var healthy = Enumerable.Range(0, 9).Select(_ => new Subscriber()).ToList();
        try
        {
            var hanging = SubscriptionRows.TopicSubscription(dead.Endpoint, s =>
            {
                s.Status = SubscriptionStatus.Active;
                s.TimeoutSeconds = 25;
                s.LastSentAt = DateTime.UtcNow;
            });
            var others = healthy.Select(h => SubscriptionRows.TopicSubscription(h.Endpoint, s =>
            {
                s.Status = SubscriptionStatus.Active;
                s.LastSentAt = DateTime.UtcNow;
            })).ToList();
            foreach (var subscription in others.Prepend(hanging))
            {
                await SubscriptionRows.AddAsync(server.Services, subscription);
            }

            foreach (var subscription in others.Prepend(hanging))
            {
                await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, Events);
            }

            foreach (var subscriber in healthy)
            {
                await subscriber.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) == Events, TimeSpan.FromSeconds(20));
            }

            // The dead subscriber's first attempt has not even ended: nobody waited for it.
            var first = (await SubscriptionRows.EventsAsync(server.Services, hanging.Id))[0];
            Assert.Equal((DeliveryState.Pending, 0), (first.State, first.Attempts));
            Assert.Equal(Events, await SubscriptionRows.PendingAsync(server.ConnectionString, hanging.Id));
            Assert.All(healthy, h => Assert.Equal(Enumerable.Range(1, Events).Select(i => (long)i), h.Acknowledged.SelectMany(n => n.EventNumbers)));
        }
        finally
        {
            healthy.ForEach(h => h.Dispose());
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Delivery_KeepsSlotsForHealthySubscribers_WhenMoreFailingOnesHangThanThereAreSlots_SB10()
    {
        const int Hanging = 10;
        var dead = Enumerable.Range(0, Hanging).Select(_ => new Subscriber { Delay = TimeSpan.FromSeconds(30) }).ToList();
        using var healthy = new Subscriber();
        try
        {
            // Failing subscriptions whose waiting events are older than the healthy one's: they come first in line.
            var failing = dead.Select(d => SubscriptionRows.TopicSubscription(d.Endpoint, s =>
            {
                s.Status = SubscriptionStatus.Error;
                s.Error = "Notification failed: the endpoint answered 503 Service Unavailable";
                s.TimeoutSeconds = 25;
                s.LastSentAt = DateTime.UtcNow;
            })).ToList();
            foreach (var subscription in failing)
            {
                await SubscriptionRows.AddAsync(server.Services, subscription);
                await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1, occurredAt: DateTime.UtcNow.AddMinutes(-1));
            }

            var ok = SubscriptionRows.TopicSubscription(healthy.Endpoint, s =>
            {
                s.Status = SubscriptionStatus.Active;
                s.LastSentAt = DateTime.UtcNow;
            });
            await SubscriptionRows.AddAsync(server.Services, ok);
            await SubscriptionRows.AddEventsAsync(server.Services, ok.Id, 20);

            await healthy.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) == 20, TimeSpan.FromSeconds(20));

            // Every failing subscription's attempt is still hanging or waiting for a slot: none was finished first.
            foreach (var subscription in failing)
            {
                Assert.Equal((DeliveryState.Pending, 0), (await SubscriptionRows.EventsAsync(server.Services, subscription.Id)).Select(e => (e.State, e.Attempts)).Single());
            }

            Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), healthy.Acknowledged.SelectMany(n => n.EventNumbers));
        }
        finally
        {
            dead.ForEach(d => d.Dispose());
        }
    }
}
