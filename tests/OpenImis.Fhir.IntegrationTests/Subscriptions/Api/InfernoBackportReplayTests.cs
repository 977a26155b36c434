using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>
/// SB-18, the Inferno backport R4 server checks that need no delivery (capability, topic discovery, create response,
/// the channel endpoint rejection), on a server with the default endpoint policy (https only, no internal addresses).
/// Handshake, heartbeat and notification delivery are the dispatcher's (SB-03, SB-14).
/// </summary>
public sealed class InfernoBackportReplayTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string TopicExtension = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/capabilitystatement-subscriptiontopic-canonical";

    [Fact]
    public async System.Threading.Tasks.Task Metadata_DeclaresTheBackportServer_WhenSubscriptionsAreServed_SB18()
    {
        using var client = Client(server);

        var statement = (CapabilityStatement)(await client.GetAsync("metadata"))!;

        var subscription = statement.Rest[0].Resource.Single(r => r.Type == "Subscription");
        Assert.Contains("http://hl7.org/fhir/uv/subscriptions-backport/CapabilityStatement/backport-subscription-server-r4", statement.Instantiates);
        Assert.Contains("http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription", subscription.SupportedProfile);
        Assert.Superset(
            new HashSet<string> { "read", "create", "update", "delete", "search-type" },
            subscription.Interaction.Select(i => Hl7.Fhir.Utility.EnumUtility.GetLiteral(i.Code)!).ToHashSet());
        Assert.Superset(new HashSet<string> { "url", "status" }, subscription.SearchParam.Select(p => p.Name!).ToHashSet());
        Assert.Equal(
            ["http://hl7.org/fhir/uv/subscriptions-backport/OperationDefinition/backport-subscription-events", "http://hl7.org/fhir/uv/subscriptions-backport/OperationDefinition/backport-subscription-status"],
            subscription.Operation.Select(o => o.Definition).Where(d => d.Contains("backport", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var topics = subscription.Extension.Where(e => e.Url == TopicExtension).Select(e => ((Canonical)e.Value).Value!).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            TopicBase + "claim-submitted", TopicBase + "claim-adjudicated", TopicBase + "policy-activated-or-expired",
            TopicBase + "insuree-created-or-updated", TopicBase + "family-membership-changed",
        }, topics);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers201WithRequested_WhenTheSubscriptionIsConformant_SB18()
    {
        using var client = Client(server);
        var sent = Topic("insuree-created-or-updated", "full-resource");
        sent.Channel.Endpoint = "https://93.184.216.34/notify";

        var created = await client.CreateAsync(sent);

        Assert.StartsWith("201", client.LastResult!.Status, StringComparison.Ordinal);
        Assert.Equal(Subscription.SubscriptionStatus.Requested, created!.Status);
        Assert.Equal(TopicBase + "insuree-created-or-updated", created.Criteria);
    }

    [Theory]
    [InlineData("http://subscriber.example.org/notify")]
    [InlineData("https://127.0.0.1/notify")]
    [InlineData("https://10.1.2.3/notify")]
    public async System.Threading.Tasks.Task Create_Refuses400_WhenTheEndpointIsPlainHttpOrInternal_SB04(string endpoint)
    {
        using var client = Client(server);
        var sent = Topic("insuree-created-or-updated", "id-only");
        sent.Channel.Endpoint = endpoint;

        var refused = await Assert.ThrowsAsync<Hl7.Fhir.Rest.FhirOperationException>(() => client.CreateAsync(sent));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("channel.endpoint", refused.Outcome!.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }
}
