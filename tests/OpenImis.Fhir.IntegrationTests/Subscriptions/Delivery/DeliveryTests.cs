using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// What one subscriber sees of the dispatcher: the handshake (SB-03), the R4 rest-hook shapes (SB-02), strict order
/// (SB-09), maxCount, timeout and heartbeat (SB-14), and the lifecycle (SB-16). Subscriptions and events are written
/// straight into the server's tables, as the subscription API and the matcher would.
/// </summary>
public sealed class DeliveryTests(DeliveryServerFixture server, ITestOutputHelper output) : IClassFixture<DeliveryServerFixture>
{
    private static readonly FhirJsonDeserializer Parser = new();

    [Fact]
    public async System.Threading.Tasks.Task Handshake_MakesTheSubscriptionActive_WhenTheEndpointAnswers200_SB03()
    {
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint);

        await SubscriptionRows.AddAsync(server.Services, subscription);
        var after = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status != SubscriptionStatus.Requested);

        Assert.Equal((SubscriptionStatus.Active, null), (after.Status, after.Error));
        var handshake = Assert.Single(subscriber.Acknowledged);
        Assert.Equal(("handshake", "requested", "POST"), (handshake.Type, handshake.Status, handshake.Request.Method));
        Assert.Empty(handshake.EventNumbers);
        Assert.StartsWith("application/fhir+json", handshake.Request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(subscription.Version + 1, after.Version);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async System.Threading.Tasks.Task Handshake_PutsTheSubscriptionInErrorAndSendsNothingMore_WhenTheEndpointFailsOrRefuses_SB03(bool answers)
    {
        using var subscriber = new Subscriber { Status = HttpStatusCode.InternalServerError };
        var subscription = SubscriptionRows.TopicSubscription(answers ? subscriber.Endpoint : "http://127.0.0.1:1/hook");

        await SubscriptionRows.AddAsync(server.Services, subscription);
        var after = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status != SubscriptionStatus.Requested);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 3);
        await System.Threading.Tasks.Task.Delay(1000); // ten polls: a dormant subscription must get nothing

        Assert.Equal(SubscriptionStatus.Error, after.Status);
        Assert.StartsWith("The handshake failed: ", after.Error, StringComparison.Ordinal);
        Assert.Contains(answers ? "answered 500" : "could not be reached", after.Error, StringComparison.Ordinal);
        Assert.Equal(answers ? 1 : 0, subscriber.Requests.Count);
        Assert.Equal(3, await SubscriptionRows.PendingAsync(server.ConnectionString, subscription.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Handshake_IsSentAgainAndTheKeptEventsFollow_WhenTheClientRequestsAgainAfterAnError()
    {
        using var subscriber = new Subscriber { Status = HttpStatusCode.ServiceUnavailable };
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint);
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Error);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 3);

        subscriber.Status = HttpStatusCode.OK;
        await SubscriptionRows.UpdateAsync(server.Services, subscription.Id, s => s.Status = SubscriptionStatus.Requested);
        await subscriber.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) == 3);

        Assert.Equal(["handshake", "event-notification", "event-notification", "event-notification"], subscriber.Acknowledged.Select(n => n.Type));
        Assert.Equal([1L, 2L, 3L], subscriber.Acknowledged.SelectMany(n => n.EventNumbers));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_PostsAnEmptyBodyWithTheChannelHeaders_WhenAnR4SubscriptionHasNoPayload_SB02()
    {
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.CriteriaSubscription(subscriber.Endpoint, payload: null,
            s => s.Headers = "Authorization: Bearer secret-token\nX-Tenant: district-7");
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1);

        await subscriber.UntilAsync(s => s.Requests.Count >= 1);
        var after = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.LastSentAt is not null);

        var request = Assert.Single(subscriber.Requests);
        Assert.Equal(("POST", "/hook", string.Empty), (request.Method, request.Path, request.Body));
        Assert.Equal("Bearer secret-token", request.Headers["Authorization"]);
        Assert.Equal("district-7", request.Headers["X-Tenant"]);
        Assert.Equal(SubscriptionStatus.Active, after.Status);
        Assert.Equal(0, await SubscriptionRows.PendingAsync(server.ConnectionString, subscription.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_PutsTheCurrentResourceAtTypeAndId_WhenAnR4SubscriptionHasAPayload_SB02()
    {
        using var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());
        var patient = await client.CreateAsync(Fixtures.Patient("DeliveryPayload"));
        patient!.BirthDate = "1990-05-05";
        var current = await client.UpdateAsync(patient);
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.CriteriaSubscription(subscriber.Endpoint, "application/fhir+json", s => s.Headers = "X-Hook-Key: k1");
        await SubscriptionRows.AddAsync(server.Services, subscription);

        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1, "Patient", patient.Id);
        await subscriber.UntilAsync(s => s.Requests.Count >= 1);

        var request = Assert.Single(subscriber.Requests);
        Assert.Equal(("PUT", $"/hook/Patient/{patient.Id}"), (request.Method, request.Path));
        Assert.StartsWith("application/fhir+json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("k1", request.Headers["X-Hook-Key"]);
        var sent = Parser.Deserialize<Patient>(request.Body);
        Assert.Equal((patient.Id, current!.Meta!.VersionId, "1990-05-05"), (sent.Id, sent.Meta!.VersionId, sent.BirthDate));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_DeliversEveryEventOnceInNumberOrderWithOneInFlight_WhenEventsAreAddedConcurrently_SB09()
    {
        const int PerWriter = 60;
        var subscribers = Enumerable.Range(0, 4).Select(_ => new Subscriber { Delay = TimeSpan.FromMilliseconds(2) }).ToList();
        try
        {
            var subscriptions = subscribers.Select(s => SubscriptionRows.TopicSubscription(s.Endpoint)).ToList();
            foreach (var subscription in subscriptions)
            {
                await SubscriptionRows.AddAsync(server.Services, subscription);
            }

            // 8 writers over the 4 subscriptions, each adding its events in small transactions while delivery runs.
            await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 8).Select(async writer =>
            {
                for (var i = 0; i < PerWriter; i += 5)
                {
                    await SubscriptionRows.AddEventsAsync(server.Services, subscriptions[writer % 4].Id, 5, "Patient", Guid.NewGuid().ToString());
                }
            }));
            foreach (var subscriber in subscribers)
            {
                await subscriber.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) == 2 * PerWriter);
            }

            foreach (var subscriber in subscribers)
            {
                var numbers = subscriber.Acknowledged.Where(n => n.Type == "event-notification").SelectMany(n => n.EventNumbers).ToList();
                Assert.Equal(Enumerable.Range(1, 2 * PerWriter).Select(i => (long)i), numbers);
                Assert.Equal(1, subscriber.MaxInFlight);
            }
        }
        finally
        {
            subscribers.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_CarriesAtMostMaxCountEvents_WhenMoreWait_SB14()
    {
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s =>
        {
            s.Status = SubscriptionStatus.Active;
            s.MaxCount = 5;
            s.LastSentAt = DateTime.UtcNow;
        });
        await SubscriptionRows.AddAsync(server.Services, subscription);

        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 23);
        await subscriber.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) == 23);

        Assert.Equal([5, 5, 5, 5, 3], subscriber.Acknowledged.Select(n => n.EventNumbers.Count));
        Assert.Equal(Enumerable.Range(1, 23).Select(i => (long)i), subscriber.Acknowledged.SelectMany(n => n.EventNumbers));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_CountsAFailedAttemptAndRetries_WhenTheEndpointIsSlowerThanTheTimeout_SB14()
    {
        using var subscriber = new Subscriber { Delay = TimeSpan.FromSeconds(3) };
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s =>
        {
            s.Status = SubscriptionStatus.Active;
            s.TimeoutSeconds = 1;
            s.LastSentAt = DateTime.UtcNow;
        });
        await SubscriptionRows.AddAsync(server.Services, subscription);

        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1);
        var failed = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Error);
        var pending = Assert.Single(await SubscriptionRows.EventsAsync(server.Services, subscription.Id));
        subscriber.Delay = TimeSpan.Zero;
        var recovered = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Active, TimeSpan.FromSeconds(30));

        Assert.Contains("did not answer within the timeout of 1 s", failed.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Pending, pending.State);
        Assert.True(pending.Attempts >= 1);
        Assert.Null(recovered.Error);
        Assert.Equal(DeliveryState.Delivered, Assert.Single(await SubscriptionRows.EventsAsync(server.Services, subscription.Id)).State);
    }

    [Fact]
    public async System.Threading.Tasks.Task Heartbeat_IsSentEveryPeriodWhenIdleAndNeverWithoutAPeriod_SB14()
    {
        using var beating = new Subscriber();
        using var silent = new Subscriber();
        var withPeriod = SubscriptionRows.TopicSubscription(beating.Endpoint, s => s.HeartbeatSeconds = 1);
        var without = SubscriptionRows.TopicSubscription(silent.Endpoint);
        await SubscriptionRows.AddAsync(server.Services, withPeriod);
        await SubscriptionRows.AddAsync(server.Services, without);

        await beating.UntilAsync(s => s.Acknowledged.Count(n => n.Type == "heartbeat") >= 4, TimeSpan.FromSeconds(30));

        var times = beating.Acknowledged.Select(n => n.Request.At).ToList();
        var intervals = times.Zip(times.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        output.WriteLine("heartbeat intervals (period 1 s), ms: " + string.Join(", ", intervals.Select(i => i.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("handshake", beating.Acknowledged[0].Type);
        Assert.All(beating.Acknowledged.Skip(1), n => Assert.Equal(("heartbeat", "active"), (n.Type, n.Status)));
        Assert.All(intervals, i => Assert.True(i >= 900, $"a heartbeat came {i:F0} ms after the previous notification"));
        Assert.Equal(["handshake"], silent.Acknowledged.Select(n => n.Type));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delivery_StopsWithAtMostTheNotificationInFlight_WhenTheClientTurnsTheSubscriptionOff_SB16()
    {
        using var subscriber = new Subscriber { Delay = TimeSpan.FromMilliseconds(50) };
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s => s.Status = SubscriptionStatus.Active);
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 200);
        await subscriber.UntilAsync(s => s.Requests.Count >= 10);

        await SubscriptionRows.UpdateAsync(server.Services, subscription.Id, s => s.Status = SubscriptionStatus.Off);
        var atOff = subscriber.Requests.Count;
        await System.Threading.Tasks.Task.Delay(1500);
        var settled = subscriber.Requests.Count;
        await System.Threading.Tasks.Task.Delay(1000);

        Assert.InRange(settled - atOff, 0, 1);
        Assert.Equal(settled, subscriber.Requests.Count);
        Assert.True(await SubscriptionRows.PendingAsync(server.ConnectionString, subscription.Id) > 0);
        Assert.Equal(SubscriptionStatus.Off, (await SubscriptionRows.FindAsync(server.Services, subscription.Id))!.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delivery_StopsAndTheQueueGoes_WhenTheSubscriptionIsDeleted_SB16()
    {
        using var subscriber = new Subscriber { Delay = TimeSpan.FromMilliseconds(50) };
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s => s.Status = SubscriptionStatus.Active);
        await SubscriptionRows.AddAsync(server.Services, subscription);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 200);
        await subscriber.UntilAsync(s => s.Requests.Count >= 10);

        await SubscriptionRows.DeleteAsync(server.Services, subscription.Id);
        var atDelete = subscriber.Requests.Count;
        await System.Threading.Tasks.Task.Delay(1500);
        var settled = subscriber.Requests.Count;
        await System.Threading.Tasks.Task.Delay(1000);

        Assert.InRange(settled - atDelete, 0, 1);
        Assert.Equal(settled, subscriber.Requests.Count);
        Assert.Empty(await SubscriptionRows.EventsAsync(server.Services, subscription.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task End_TurnsTheSubscriptionOffWithoutDelivering_WhenItHasPassed_SB16()
    {
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s =>
        {
            s.Status = SubscriptionStatus.Active;
            s.EndAt = DateTime.UtcNow.AddSeconds(1);
            s.LastSentAt = DateTime.UtcNow;
        });
        await SubscriptionRows.AddAsync(server.Services, subscription);

        var off = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Off);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 3);
        await System.Threading.Tasks.Task.Delay(1000);

        Assert.Equal(subscription.Version + 1, off.Version);
        Assert.Empty(subscriber.Requests);
        Assert.Equal(3, await SubscriptionRows.PendingAsync(server.ConnectionString, subscription.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_FailsTheAttemptWithoutFollowing_WhenTheEndpointRedirects()
    {
        using var subscriber = new Subscriber { Status = HttpStatusCode.Redirect };
        var subscription = SubscriptionRows.CriteriaSubscription(subscriber.Endpoint, payload: null, s => s.Status = SubscriptionStatus.Active);
        await SubscriptionRows.AddAsync(server.Services, subscription);

        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1);
        var failed = await SubscriptionRows.UntilAsync(server.Services, subscription.Id, s => s.Status == SubscriptionStatus.Error);

        Assert.Equal("Notification failed: the endpoint answered 302 Found", failed.Error);
        Assert.All(subscriber.Requests, r => Assert.Equal("/hook", r.Path));
        Assert.Equal(1, await SubscriptionRows.PendingAsync(server.ConnectionString, subscription.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_SendsNothingForADeletion_WhenAnR4SubscriptionHasAPayload()
    {
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.CriteriaSubscription(subscriber.Endpoint, "application/fhir+json", s => s.Status = SubscriptionStatus.Active);
        await SubscriptionRows.AddAsync(server.Services, subscription);

        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1, "Patient", Guid.NewGuid().ToString(), ChangeAction.Delete);
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1, "Patient", Guid.NewGuid().ToString());
        var events = await UntilNoneWaitAsync(subscription.Id);

        Assert.All(events, e => Assert.Equal(DeliveryState.Delivered, e.State));
        Assert.Empty(subscriber.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task Notify_ExpiresEventsPastTheRetryHorizonAndSendsTheRest_WhenOldEventsWait()
    {
        using var subscriber = new Subscriber();
        var subscription = SubscriptionRows.TopicSubscription(subscriber.Endpoint, s =>
        {
            s.Status = SubscriptionStatus.Active;
            s.LastSentAt = DateTime.UtcNow;
        });
        await SubscriptionRows.AddAsync(server.Services, subscription);

        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 2, occurredAt: DateTime.UtcNow.AddDays(-2));
        await SubscriptionRows.AddEventsAsync(server.Services, subscription.Id, 1);
        var events = await UntilNoneWaitAsync(subscription.Id);
        var after = await SubscriptionRows.FindAsync(server.Services, subscription.Id);

        Assert.Equal([DeliveryState.Expired, DeliveryState.Expired, DeliveryState.Delivered], events.Select(e => e.State));
        Assert.Equal([3L], subscriber.Acknowledged.SelectMany(n => n.EventNumbers));
        Assert.Equal((SubscriptionStatus.Active, null), (after!.Status, after.Error));
    }

    private async Task<List<SubscriptionEvent>> UntilNoneWaitAsync(string id)
    {
        await SubscriptionRows.UntilAsync(server.Services, id, _ => SubscriptionRows.PendingAsync(server.ConnectionString, id).Result == 0);
        return await SubscriptionRows.EventsAsync(server.Services, id);
    }
}
