using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.Server.Subscriptions;

namespace OpenImis.Fhir.Tests.Subscriptions;

/// <summary>The notification Bundle's shapes for empty and id-only content (full-resource reads: integration tests).</summary>
public sealed class NotificationBuilderTests
{
    private const string Base = "https://fhir.example.org/fhir";

    private static readonly NotificationBuilder Builder = new(
        new HandlerRegistry([]), new ServiceCollection().BuildServiceProvider(), new AccessPolicy(new FhirCallerContext()), TimeProvider.System);

    [Fact]
    public async System.Threading.Tasks.Task Build_CountsUpToItsLastEvent_WhenItCarriesEvents()
    {
        var bundle = await Builder.BuildAsync(Record("id-only", eventCount: 9), NotificationType.EventNotification, [Event(6, "a"), Event(7, "b")], CancellationToken.None);

        var status = Status(bundle);
        Assert.Equal("7", Value(status, "events-since-subscription-start"));
        Assert.Equal(["6", "7"], status.Parameter.Where(p => p.Name == "notification-event").Select(p => p.Part.Single(x => x.Name == "event-number").Value.ToString()));
        Assert.Equal([$"{Base}/Patient/a", $"{Base}/Patient/b"], bundle.Entry.Skip(1).Select(e => e.FullUrl));
        Assert.All(bundle.Entry.Skip(1), e => Assert.Null(e.Resource));
    }

    [Fact]
    public async System.Threading.Tasks.Task Build_LeavesOutFocusAndTopic_WhenContentIsEmpty()
    {
        var bundle = await Builder.BuildAsync(Record("empty", eventCount: 1), NotificationType.EventNotification, [Event(1, "a")], CancellationToken.None);

        var status = Status(bundle);
        Assert.Single(bundle.Entry);
        Assert.DoesNotContain(status.Parameter, p => p.Name == "topic");
        Assert.DoesNotContain(status.Parameter.Single(p => p.Name == "notification-event").Part, p => p.Name == "focus");
    }

    [Fact]
    public async System.Threading.Tasks.Task Build_CarriesNoEventAndTheCurrentCount_WhenItIsAHeartbeat()
    {
        var bundle = await Builder.BuildAsync(Record("id-only", eventCount: 12), NotificationType.Heartbeat, [Event(12, "a")], CancellationToken.None);

        var status = Status(bundle);
        Assert.Equal(("heartbeat", "12"), (Value(status, "type"), Value(status, "events-since-subscription-start")));
        Assert.DoesNotContain(status.Parameter, p => p.Name == "notification-event");
        Assert.Single(bundle.Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Build_KeepsAtMostMaxCountFocusResources_WhenMoreArePassed()
    {
        var record = Record("id-only", eventCount: 4);
        record.MaxCount = 2;

        var bundle = await Builder.BuildAsync(record, NotificationType.EventNotification, [Event(1, "a"), Event(2, "b"), Event(3, "a"), Event(4, "c")], CancellationToken.None);

        Assert.Equal([$"{Base}/Patient/a", $"{Base}/Patient/b"], bundle.Entry.Skip(1).Select(e => e.FullUrl));
        Assert.Equal(3, Status(bundle).Parameter.Count(p => p.Name == "notification-event"));
    }

    // A focus entry without its resource is a GET (R5's bdl-3b, which the validator applies to R4 Bundles, allows a
    // resource only under POST, PUT or PATCH), so id-only cannot say whether the change was a create.
    [Fact]
    public async System.Threading.Tasks.Task Build_GivesAnIdOnlyFocusAGetAndADeletedOneItsDelete_WhenTheyCarryNoResource()
    {
        var deleted = Event(2, "b");
        deleted.Action = ChangeAction.Delete;
        var created = Event(1, "a");
        created.Action = ChangeAction.Create;

        var bundle = await Builder.BuildAsync(Record("id-only", eventCount: 2), NotificationType.EventNotification, [created, deleted], CancellationToken.None);

        Assert.Equal(
            [(Bundle.HTTPVerb.GET, "Patient/a", "200"), (Bundle.HTTPVerb.DELETE, "Patient/b", "204")],
            bundle.Entry.Skip(1).Select(e => (e.Request.Method!.Value, e.Request.Url, e.Response.Status)));
        Assert.Equal((Bundle.HTTPVerb.GET, $"{Base}/Subscription/s1/$status", "200"), (bundle.Entry[0].Request.Method!.Value, bundle.Entry[0].Request.Url, bundle.Entry[0].Response.Status));
    }

    private static SubscriptionRecord Record(string content, long eventCount) => new()
    {
        Id = "s1",
        Kind = SubscriptionKind.Topic,
        Criteria = "https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/insuree-created-or-updated",
        ResourceType = "Patient",
        Content = content,
        Status = SubscriptionStatus.Active,
        EventCount = eventCount,
        BaseUrl = Base,
    };

    private static SubscriptionEvent Event(long number, string id) => new()
    {
        SubscriptionId = "s1",
        EventNumber = number,
        ResourceType = "Patient",
        ResourceId = id,
        Action = ChangeAction.Update,
        OccurredAt = new DateTime(2026, 12, 6, 10, 0, 0, DateTimeKind.Utc),
    };

    private static Parameters Status(Bundle bundle)
    {
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        return Assert.IsType<Parameters>(bundle.Entry[0].Resource);
    }

    private static string Value(Parameters status, string name) => status.Parameter.Single(p => p.Name == name).Value.ToString()!;
}
