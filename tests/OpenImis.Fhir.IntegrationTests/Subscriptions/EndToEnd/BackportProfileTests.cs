using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Api;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.EndToEnd;

/// <summary>
/// SB-05 against HL7's own profiles: every notification a WireMock subscriber receives from the real dispatcher
/// (handshake, heartbeat, event notification at the three content levels) and the <c>$status</c> and <c>$events</c>
/// answers, parsed from the bytes on the wire, validate against backport-subscription-notification-r4 and
/// backport-subscription-status-r4 of the Subscriptions R5 Backport IG 1.1.0 (profiles/backport/, built from HL7's FSH)
/// with the Firely validator: no error and no warning but the two <see cref="BackportFindings"/> that HL7's own examples
/// share.
/// </summary>
public sealed class BackportProfileTests(EndToEndServerFixture server) : IClassFixture<EndToEndServerFixture>
{
    private const string Backport = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/";
    private const string NotificationProfile = Backport + "backport-subscription-notification-r4";
    private const string StatusProfile = Backport + "backport-subscription-status-r4";
    private const string SubscriptionProfile = Backport + "backport-subscription";
    private static readonly FhirJsonDeserializer Parser = new();

    private FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    [Theory]
    [InlineData("empty")]
    [InlineData("id-only")]
    [InlineData("full-resource")]
    public async System.Threading.Tasks.Task EveryNotification_ValidatesAgainstTheBackportProfiles_AtEachContentLevel_SB05(string content)
    {
        using var subscriber = new Subscriber();
        var client = Client();
        // A demo insuree, one per content level: the notification carries it, and the validator judges it too.
        var patients = (await client.SearchAsync<Patient>(["_count=3"]))!.Entry.Select(e => e.Resource).OfType<Patient>().ToList();
        var patient = patients[Array.IndexOf(["empty", "id-only", "full-resource"], content)];
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", content, $"Patient?patient={patient.Id}");
        request.Channel.Endpoint = subscriber.Endpoint;
        request.Channel.AddExtension(Backport + "backport-heartbeat-period", new UnsignedInt(1));
        var created = (await client.CreateAsync(request))!;
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));
        await UntilActiveAsync(client, created.Id);

        patient.BirthDate = patient.BirthDate == "1970-01-01" ? "1970-01-02" : "1970-01-01";
        await client.UpdateAsync(patient);
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification") && s.Acknowledged.Any(n => n.Type == "heartbeat"));
        var received = subscriber.Acknowledged.GroupBy(n => n.Type).ToDictionary(g => g.Key, g => Parser.Deserialize<Bundle>(g.First().Request.Body));
        var statusAnswer = (Bundle)(await client.GetAsync($"Subscription/{created.Id}/$status"))!;
        var eventsAnswer = (Bundle)(await client.GetAsync($"Subscription/{created.Id}/$events?eventsSinceNumber=1"))!;

        Assert.Equal(["event-notification", "handshake", "heartbeat"], received.Keys.Order(StringComparer.Ordinal));
        var event1 = received["event-notification"];
        Assert.Equal(content == "empty" ? 1 : 2, event1.Entry.Count);
        Assert.Equal(content switch { "empty" => [], "id-only" => [(Bundle.HTTPVerb.GET, false)], _ => [(Bundle.HTTPVerb.PUT, true)] },
            event1.Entry.Skip(1).Select(e => (e.Request.Method!.Value, e.Resource is Patient)));
        foreach (var (type, bundle) in received)
        {
            AssertValid(bundle, NotificationProfile, type);
            AssertValid(bundle.Entry[0].Resource, StatusProfile, $"{type} entry[0]");
        }

        Assert.Equal(Bundle.BundleType.Searchset, statusAnswer.Type);
        var statuses = statusAnswer.Entry.Select(e => e.Resource).OfType<Parameters>().ToList();
        Assert.Single(statuses);
        AssertValid(statuses[0], StatusProfile, "$status entry");
        AssertValid(eventsAnswer, NotificationProfile, "$events");
        AssertValid(eventsAnswer.Entry[0].Resource, StatusProfile, "$events entry[0]");
    }

    [Fact]
    public async System.Threading.Tasks.Task BackportProfiles_AreKnownToTheServersValidator_WhenLoaded()
    {
        var validator = SharedConformance.Validator;

        var resolved = await System.Threading.Tasks.Task.WhenAll(new[] { NotificationProfile, StatusProfile, SubscriptionProfile }.Select(validator.FindProfileAsync));

        Assert.All(resolved, sd => Assert.Equal(("1.1.0", true), (sd?.Version, sd?.Snapshot?.Element.Count > 0)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Notification_FailsTheBackportProfile_WhenTheStatusEntryIsNotFirst()
    {
        using var subscriber = new Subscriber();
        var client = Client();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "id-only");
        request.Channel.Endpoint = subscriber.Endpoint;
        var created = (await client.CreateAsync(request))!;
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));
        var handshake = Parser.Deserialize<Bundle>(subscriber.Acknowledged.First(n => n.Type == "handshake").Request.Body);

        // The validator judges the profile, not only the core Bundle: the same Bundle with a patient in front of the
        // status breaks backport-notification-bundle-r4-1, and one without its status misses the required slice.
        handshake.Entry.Insert(0, new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:" + Guid.NewGuid(),
            Resource = new Patient(),
            Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = "Patient" },
            Response = new Bundle.ResponseComponent { Status = "201" },
        });
        var reordered = SharedConformance.Validator.Validate(handshake, NotificationProfile);

        Assert.Equal(Subscription.SubscriptionStatus.Active, await UntilActiveAsync(client, created.Id));
        Assert.Contains(reordered.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error && i.ToString().Contains("backport-notification-bundle-r4-1", StringComparison.Ordinal));
    }

    private static void AssertValid(Resource resource, string profile, string what)
    {
        var outcome = SharedConformance.Validator.Validate(resource, profile);

        var problems = BackportFindings.Unexplained(resource, outcome);

        Assert.True(problems.Count == 0, $"{what} against {profile}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        Assert.DoesNotContain(outcome.Issue, i => i.Details?.Text?.Contains("Unable to resolve", StringComparison.Ordinal) == true);
    }

    private static async Task<Subscription.SubscriptionStatus?> UntilActiveAsync(FhirClient client, string id)
    {
        var end = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var current = (await client.ReadAsync<Subscription>($"Subscription/{id}"))!;
            if (current.Status == Subscription.SubscriptionStatus.Active || DateTime.UtcNow > end)
            {
                return current.Status;
            }

            await System.Threading.Tasks.Task.Delay(50);
        }
    }
}
