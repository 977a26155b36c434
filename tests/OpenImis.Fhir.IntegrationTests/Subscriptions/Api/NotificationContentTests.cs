using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.Core.Validation;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>
/// SB-05: the notification Bundle at each content level, as a subscriber parses it, validated against HL7's
/// backport-subscription-notification-r4 (profiles/backport/) with the server's validator, and the backport rules
/// (entry[0] the status Parameters with a $status request, focus per level, request and response on every entry, topic
/// per level) checked on the parsed Bundle. BackportProfileTests does the same for what reaches a subscriber.
/// </summary>
public sealed class NotificationContentTests(SubscriptionApiFixture server) : IClassFixture<SubscriptionApiFixture>
{
    private const string StatusProfile = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription-status-r4";
    private const string NotificationProfile = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription-notification-r4";

    [Theory]
    [InlineData("empty")]
    [InlineData("id-only")]
    [InlineData("full-resource")]
    public async System.Threading.Tasks.Task Build_FollowsTheContentLevel_WhenOneEventIsNotified_SB05(string content)
    {
        using var client = Client(server);
        // A demo insuree, one per content level: full-resource carries it, and the validator judges it against its profile.
        var patients = (await client.SearchAsync<Patient>(["_count=3"]))!.Entry.Select(e => e.Resource).OfType<Patient>().ToList();
        var patient = patients[Array.IndexOf(["empty", "id-only", "full-resource"], content)];
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", content, $"Patient?patient=Patient/{patient.Id}"));
        patient.BirthDate = patient.BirthDate == "1975-05-05" ? "1975-05-06" : "1975-05-05";
        var updated = await client.UpdateAsync(patient);
        await MatchAllAsync(server);

        var bundle = await NotificationAsync(server, subscription!.Id, NotificationType.EventNotification, await EventsAsync(server, subscription.Id));

        var status = CheckStatusEntry(bundle, subscription.Id, "event-notification");
        Assert.Equal("1", Value(status, "events-since-subscription-start"));
        var notified = status.Parameter.Single(p => p.Name == "notification-event");
        Assert.Equal("1", notified.Part.Single(p => p.Name == "event-number").Value.ToString());
        Assert.All(bundle.Entry, e => Assert.True(e.Request is not null && e.Response is not null, "every entry has request and response"));
        var outcome = server.Factory.Services.GetRequiredService<ProfileValidator>().Validate(bundle, NotificationProfile);
        Assert.Empty(BackportFindings.Unexplained(bundle, outcome));
        switch (content)
        {
            case "empty":
                Assert.Single(bundle.Entry);
                Assert.DoesNotContain(notified.Part, p => p.Name == "focus");
                Assert.DoesNotContain(status.Parameter, p => p.Name == "topic");
                break;
            case "id-only":
                Assert.Equal(2, bundle.Entry.Count);
                Assert.Null(bundle.Entry[1].Resource);
                Assert.Equal($"http://localhost/fhir/Patient/{patient.Id}", bundle.Entry[1].FullUrl);
                Assert.Equal(bundle.Entry[1].FullUrl, Focus(notified));
                Assert.Equal((Bundle.HTTPVerb.GET, "200"), (bundle.Entry[1].Request.Method!.Value, bundle.Entry[1].Response.Status));
                Assert.Equal(TopicBase + "insuree-created-or-updated", Value(status, "topic"));
                break;
            default:
                Assert.Equal(2, bundle.Entry.Count);
                var resource = Assert.IsType<Patient>(bundle.Entry[1].Resource);
                Assert.Equal((patient.Id, updated!.Meta.VersionId), (resource.Id, resource.Meta.VersionId));
                Assert.Equal(bundle.Entry[1].FullUrl, Focus(notified));
                Assert.Equal(TopicBase + "insuree-created-or-updated", Value(status, "topic"));
                break;
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Build_CarriesNoEventAndCountsNothing_WhenItIsAHandshakeOrHeartbeat_SB06()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("Handshaken"));
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only", $"patient=Patient/{patient!.Id}"));
        patient.BirthDate = "1976-06-06";
        await client.UpdateAsync(patient);
        await MatchAllAsync(server);

        var handshake = await NotificationAsync(server, subscription!.Id, NotificationType.Handshake, []);
        var heartbeat = await NotificationAsync(server, subscription.Id, NotificationType.Heartbeat, []);

        foreach (var (bundle, type) in new[] { (handshake, "handshake"), (heartbeat, "heartbeat") })
        {
            var status = CheckStatusEntry(bundle, subscription.Id, type);
            Assert.Single(bundle.Entry);
            Assert.Equal(("requested", "1"), (Value(status, "status"), Value(status, "events-since-subscription-start")));
            Assert.DoesNotContain(status.Parameter, p => p.Name == "notification-event");
        }

        Assert.Equal(1, (await RecordAsync(server, subscription.Id))!.EventCount);
    }

    [Fact]
    public async System.Threading.Tasks.Task Build_CarriesAtMostMaxCountFocusResources_WhenMoreEventsArePassed_SB14()
    {
        using var client = Client(server);
        var sent = Topic("insuree-created-or-updated", "full-resource", "location=MaxCountVillage");
        sent.Channel.AddExtension("http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-max-count", new PositiveInt(2));
        var subscription = await client.CreateAsync(sent);
        var all = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only"));
        await MatchAllAsync(server);
        var start = (await RecordAsync(server, all!.Id))!.EventCount;
        for (var i = 0; i < 3; i++)
        {
            await client.CreateAsync(Fixtures.Patient($"MaxCount{i}"));
        }

        await MatchAllAsync(server);
        var events = (await EventsAsync(server, all.Id)).Where(e => e.EventNumber > start).ToList();
        var record = (await RecordAsync(server, subscription!.Id))!;
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var bundle = await scope.ServiceProvider.GetRequiredService<INotificationBuilder>().BuildAsync(record, NotificationType.EventNotification, events, CancellationToken.None);

        Assert.Equal(3, events.Count);
        Assert.Equal(3, bundle.Entry.Count);
        Assert.All(bundle.Entry.Skip(1), e => Assert.IsType<Patient>(e.Resource));
        Assert.Equal(2, ((Parameters)bundle.Entry[0].Resource).Parameter.Count(p => p.Name == "notification-event"));
    }

    // entry[0]: the status Parameters, with the request of a $status call (backport-notification-bundle-r4-1).
    private static Parameters CheckStatusEntry(Bundle bundle, string subscriptionId, string type)
    {
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        var status = Assert.IsType<Parameters>(bundle.Entry[0].Resource);
        Assert.Contains(StatusProfile, status.Meta.Profile);
        Assert.Equal(Bundle.HTTPVerb.GET, bundle.Entry[0].Request.Method);
        Assert.EndsWith($"Subscription/{subscriptionId}/$status", bundle.Entry[0].Request.Url, StringComparison.Ordinal);
        Assert.Equal("200", bundle.Entry[0].Response.Status);
        Assert.Equal(type, Value(status, "type"));
        Assert.Equal($"http://localhost/fhir/Subscription/{subscriptionId}", ((ResourceReference)status.Parameter.Single(p => p.Name == "subscription").Value).Reference);
        return status;
    }
}
