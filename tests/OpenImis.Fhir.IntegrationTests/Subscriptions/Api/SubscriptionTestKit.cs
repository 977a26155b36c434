using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>Subscriptions as clients send them, the matcher run the way the dispatcher runs it, and the stored events.</summary>
internal static class SubscriptionTestKit
{
    public const string Endpoint = "http://127.0.0.1:9/hook";
    public const string TopicBase = "https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/";

    public static FhirClient Client(ServerFixture server) =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    public static Subscription Criteria(string criteria, string? payload = null) => new()
    {
        Status = Subscription.SubscriptionStatus.Requested,
        Reason = "test",
        Criteria = criteria,
        Channel = new Subscription.ChannelComponent
        {
            Type = Subscription.SubscriptionChannelType.RestHook,
            Endpoint = Endpoint,
            Payload = payload,
            Header = ["Authorization: Bearer secret-token"],
        },
    };

    public static Subscription Topic(string topic, string content, params string[] filters)
    {
        var subscription = new Subscription
        {
            Meta = new Meta { Profile = ["http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription"] },
            Status = Subscription.SubscriptionStatus.Requested,
            Reason = "test",
            CriteriaElement = new FhirString(TopicBase + topic),
            Channel = new Subscription.ChannelComponent
            {
                Type = Subscription.SubscriptionChannelType.RestHook,
                Endpoint = Endpoint,
                PayloadElement = new Code("application/fhir+json"),
                Header = ["Authorization: Bearer secret-token"],
            },
        };
        subscription.Channel.PayloadElement.AddExtension(
            "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-payload-content", new Code(content));
        foreach (var filter in filters)
        {
            subscription.CriteriaElement.AddExtension(
                "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-filter-criteria", new FhirString(filter));
        }

        return subscription;
    }

    /// <summary>Runs the matcher until the outbox has nothing pending, as the dispatcher's loop does.</summary>
    public static async System.Threading.Tasks.Task MatchAllAsync(ServerFixture server)
    {
        var matcher = server.Factory.Services.GetRequiredService<IChangeMatcher>();
        while (await matcher.MatchPendingAsync(500, CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Waits until the detector has put <paramref name="resourceId"/>'s changes into the outbox, then matches.</summary>
    public static async System.Threading.Tasks.Task MatchAfterDetectorAsync(ServerFixture server, string resourceId, int changes)
    {
        await ChangeEvents.UntilAsync(server.ConnectionString, resourceId, e => e.Count >= changes);
        await MatchAllAsync(server);
    }

    public static async Task<List<SubscriptionEvent>> EventsAsync(ServerFixture server, string subscriptionId)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        return await db.SubscriptionEvents.AsNoTracking().Where(e => e.SubscriptionId == subscriptionId).OrderBy(e => e.EventNumber).ToListAsync();
    }

    public static async Task<SubscriptionRecord?> RecordAsync(ServerFixture server, string subscriptionId)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FhirStateDbContext>();
        return await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscriptionId);
    }

    /// <summary>The notification the dispatcher would send for <paramref name="events"/>, as a subscriber parses it.</summary>
    public static async Task<Bundle> NotificationAsync(ServerFixture server, string subscriptionId, string type, IReadOnlyList<SubscriptionEvent> events)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var record = (await RecordAsync(server, subscriptionId))!;
        var bundle = await scope.ServiceProvider.GetRequiredService<INotificationBuilder>().BuildAsync(record, type, events, CancellationToken.None);
        var json = new FhirJsonSerializer().SerializeToString(bundle);
        return (Bundle)new FhirJsonDeserializer().DeserializeResource(json);
    }

    public static string Focus(Parameters.ParameterComponent notificationEvent) =>
        ((ResourceReference)notificationEvent.Part.Single(p => p.Name == "focus").Value).Reference;

    public static string Value(Parameters status, string name) =>
        status.Parameter.Single(p => p.Name == name).Value.ToString()!;
}
