using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>SB-01 and SB-04: what a Subscription create accepts, coerces and refuses (nothing stored when refused).</summary>
public sealed class SubscriptionCreateTests(SubscriptionApiFixture server) : IClassFixture<SubscriptionApiFixture>
{
    private const string Backport = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/";

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresRequested_WhenClientSendsActiveR4Criteria_SB01()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("SubscribedTo"));
        var sent = Criteria($"Claim?patient=Patient/{patient!.Id}");
        sent.Status = Subscription.SubscriptionStatus.Active;

        var created = await client.CreateAsync(sent);
        var status = client.LastResult!.Status;
        var read = await client.ReadAsync<Subscription>($"Subscription/{created!.Id}");

        Assert.StartsWith("201", status, StringComparison.Ordinal);
        Assert.Equal((Subscription.SubscriptionStatus.Requested, Subscription.SubscriptionStatus.Requested), (created.Status, read!.Status));
        Assert.Equal(($"Claim?patient=Patient/{patient.Id}", "1"), (read.Criteria, read.Meta.VersionId));
    }

    [Theory]
    [InlineData("Claim?patient.name=Doe", "chained")]
    [InlineData("Patient?_has:Group:member:identifier=x", "_has")]
    [InlineData("Patient?_filter=family eq Doe", "_filter")]
    [InlineData("Patient?_include=Group:member", "_include")]
    [InlineData("Patient?_revinclude=Group:member", "_revinclude")]
    [InlineData("Patient?_sort=family", "_sort")]
    [InlineData("Patient?colour=blue", "colour")]
    [InlineData("Patient?birthdate=yesterday", "birthdate")]
    [InlineData("Unicorn?name=x", "Unicorn")]
    [InlineData("Basic?code=x", "Basic")]
    [InlineData("Subscription?status=active", "Subscription")]
    [InlineData("/Patient?family=x", "leading")]
    public async System.Threading.Tasks.Task Create_Refuses400AndStoresNothing_WhenCriteriaCannotBeMatchedExactly_SB01(string criteria, string named)
    {
        using var client = Client(server);
        var before = await CountAsync();

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(Criteria(criteria)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(named, refused.Outcome!.Issue.Single().Diagnostics, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/fhir+json; fhirVersion=4.3")]
    public async System.Threading.Tasks.Task Create_Refuses400_WhenR4PayloadIsNotFhirR4_SB01(string payload)
    {
        using var client = Client(server);

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(Criteria("Patient?family=Doe", payload)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_AcceptsTopicWithFiltersAndChannelExtensions_WhenAllAreSupported_SB04()
    {
        using var client = Client(server);
        var sent = Topic("claim-submitted", "id-only", "Claim?patient=Patient/abc", "health-facility=Organization/def");
        sent.Channel.AddExtension(Backport + "backport-heartbeat-period", new UnsignedInt(60));
        sent.Channel.AddExtension(Backport + "backport-timeout", new UnsignedInt(10));
        sent.Channel.AddExtension(Backport + "backport-max-count", new PositiveInt(5));

        var created = await client.CreateAsync(sent);
        var record = await RecordAsync(server, created!.Id);

        Assert.Equal(Subscription.SubscriptionStatus.Requested, created.Status);
        Assert.Contains(Backport + "backport-subscription", created.Meta.Profile);
        Assert.Equal(("topic", "Claim", "id-only", 60, 10, 5), (record!.Kind, record.ResourceType, record.Content, record.HeartbeatSeconds, record.TimeoutSeconds, record.MaxCount));
        Assert.Equal("Claim?patient=Patient%2Fabc\nClaim?health-facility=Organization%2Fdef", record.Filters);
    }

    public static TheoryData<string, Func<Subscription>> BackportRejections => new()
    {
        { "unknown topic", () => Topic("claim-exploded", "id-only") },
        { "unsupported filter", () => Topic("claim-submitted", "id-only", "Claim?status=4") },
        { "filter with a modifier", () => Topic("claim-submitted", "id-only", "Claim?patient:missing=true") },
        { "filter of another type", () => Topic("claim-submitted", "id-only", "Patient?patient=Patient/1") },
        { "bad filter value", () => Topic("insuree-created-or-updated", "id-only", "Patient?patient=") },
        { "unsupported content", () => Topic("claim-submitted", "everything") },
        { "no content", () => WithoutContent(Topic("claim-submitted", "id-only")) },
        { "custom channel type", () => CustomChannel(Topic("claim-submitted", "id-only")) },
        { "websocket channel", () => Channel(Topic("claim-submitted", "id-only"), Subscription.SubscriptionChannelType.Websocket) },
        { "fhirVersion 4.3", () => Payload(Topic("claim-submitted", "id-only"), "application/fhir+json;fhirVersion=4.3") },
        { "xml payload of another version", () => Payload(Topic("claim-submitted", "id-only"), "application/fhir+xml; fhirVersion=5.0") },
        { "ftp endpoint", () => Endpoint(Topic("claim-submitted", "id-only"), "ftp://127.0.0.1/hook") },
        { "credentials in the endpoint", () => Endpoint(Topic("claim-submitted", "id-only"), "https://user:pw@example.org/hook") },
        { "end in the past", () => Ended(Topic("claim-submitted", "id-only")) },
        { "deprecated topic canonical", () => Deprecated(Topic("claim-submitted", "id-only")) },
        { "header without a name", () => Header(Topic("claim-submitted", "id-only"), "no colon here") },
    };

    [Theory]
    [MemberData(nameof(BackportRejections))]
    public async System.Threading.Tasks.Task Create_Refuses400AndStoresNothing_WhenBackportSubscriptionAsksForWhatIsNotSupported_SB04(string why, Func<Subscription> subscription)
    {
        using var client = Client(server);
        var before = await CountAsync();

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(subscription()));

        Assert.True(refused.Status == HttpStatusCode.BadRequest, why);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, refused.Outcome!.Issue.Single().Severity);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_StoresNoSubscription_WhenAnotherEntryFails()
    {
        using var client = Client(server);
        var before = await CountAsync();
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };
        bundle.AddResourceEntry(Criteria("Patient?family=InTransaction"), "urn:uuid:" + Guid.NewGuid()).Request =
            new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = "Subscription" };
        bundle.AddResourceEntry(new Patient { Id = "does-not-exist", BirthDate = "1990-01-01" }, "Patient/does-not-exist").Request =
            new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = "Patient/does-not-exist" };

        await Assert.ThrowsAsync<FhirOperationException>(() => client.TransactionAsync(bundle));

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_GivesEveryWriteItsOwnVersion_WhenFourClientsUpdateOneSubscriptionAtOnce()
    {
        using var setup = Client(server);
        var created = await setup.CreateAsync(Criteria("Patient?family=Concurrent"));

        var versions = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 4).Select(worker => System.Threading.Tasks.Task.Run(async () =>
        {
            using var client = Client(server);
            var written = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                var body = Criteria($"Patient?family=Concurrent{worker}");
                body.Id = created!.Id;
                body.Status = i % 2 == 0 ? Subscription.SubscriptionStatus.Off : Subscription.SubscriptionStatus.Requested;
                written.Add((await client.UpdateAsync(body))!.Meta.VersionId!);
            }

            return written;
        })));
        var read = await setup.ReadAsync<Subscription>($"Subscription/{created!.Id}");

        Assert.Equal(Enumerable.Range(2, 20).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            versions.SelectMany(v => v).Order(StringComparer.Ordinal));
        Assert.Equal("21", read!.Meta.VersionId);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Refuses412_WhenIfMatchNamesAnOlderVersion()
    {
        using var client = Client(server);
        var created = await client.CreateAsync(Criteria("Patient?family=IfMatch"));
        created!.Status = Subscription.SubscriptionStatus.Off;
        await client.UpdateAsync(created);

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.UpdateAsync(created, versionAware: true));

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.Status);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FhirStateDbContext>().Subscriptions.CountAsync();
    }

    private static Subscription WithoutContent(Subscription s)
    {
        s.Channel.PayloadElement.Extension.Clear();
        return s;
    }

    private static Subscription CustomChannel(Subscription s)
    {
        s.Channel.TypeElement.AddExtension(Backport + "backport-channel-type", new Coding("http://example.org/channels", "carrier-pigeon"));
        return s;
    }

    private static Subscription Channel(Subscription s, Subscription.SubscriptionChannelType type)
    {
        s.Channel.Type = type;
        return s;
    }

    private static Subscription Payload(Subscription s, string payload)
    {
        s.Channel.PayloadElement.Value = payload;
        return s;
    }

    private static Subscription Endpoint(Subscription s, string endpoint)
    {
        s.Channel.Endpoint = endpoint;
        return s;
    }

    private static Subscription Ended(Subscription s)
    {
        s.End = DateTimeOffset.UtcNow.AddMinutes(-1);
        return s;
    }

    private static Subscription Deprecated(Subscription s)
    {
        s.AddExtension(Backport + "backport-topic-canonical", new Canonical(TopicBase + "claim-submitted"));
        return s;
    }

    private static Subscription Header(Subscription s, string header)
    {
        s.Channel.Header = [header];
        return s;
    }
}
