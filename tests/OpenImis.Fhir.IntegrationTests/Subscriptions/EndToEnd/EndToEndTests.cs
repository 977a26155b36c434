using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Api;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.EndToEnd;

/// <summary>
/// A subscriber's view of the whole chain: a Subscription made with FhirClient, a FHIR write, the outbox, the real
/// matcher and notification builder, the dispatcher, and what arrives at the subscriber, parsed with the Firely parser.
/// </summary>
public sealed class EndToEndTests(EndToEndServerFixture server) : IClassFixture<EndToEndServerFixture>
{
    private static readonly FhirJsonDeserializer Parser = new();

    private FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    [Fact]
    public async System.Threading.Tasks.Task TopicSubscription_IsActivatedAndNotifiedWithTheResource_WhenAnInsureeIsUpdated()
    {
        using var subscriber = new Subscriber();
        var client = Client();
        var patient = (await client.SearchAsync<Patient>(["_count=1"]))!.Entry.Select(e => e.Resource).OfType<Patient>().First();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "full-resource", $"Patient?patient={patient.Id}");
        request.Channel.Endpoint = subscriber.Endpoint;
        var created = (await client.CreateAsync(request))!;

        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));
        await UntilStatusAsync(client, created.Id, Subscription.SubscriptionStatus.Active);

        patient.BirthDate = patient.BirthDate == "1980-01-01" ? "1980-01-02" : "1980-01-01";
        var updated = (await client.UpdateAsync(patient))!;

        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification"));
        var received = subscriber.Acknowledged.First(n => n.Type == "event-notification");
        var bundle = Parser.Deserialize<Bundle>(received.Request.Body);
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        Assert.Equal([1L], received.EventNumbers);
        Assert.Equal([$"Patient/{patient.Id}"], received.Focus.Select(Relative));
        var focus = bundle.Entry.Skip(1).Select(e => e.Resource).OfType<Patient>().Single();
        Assert.Equal(updated.Meta.VersionId, focus.Meta.VersionId);
        Assert.Equal(updated.BirthDate, focus.BirthDate);
        Assert.Equal("Bearer secret-token", received.Request.Headers["Authorization"]);
    }

    [Fact]
    public async System.Threading.Tasks.Task TopicSubscription_IsNotNotified_WhenAnotherInsureeIsUpdated()
    {
        using var subscriber = new Subscriber();
        var client = Client();
        var patients = (await client.SearchAsync<Patient>(["_count=2"]))!.Entry.Select(e => e.Resource).OfType<Patient>().ToList();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "id-only", $"Patient?patient={patients[0].Id}");
        request.Channel.Endpoint = subscriber.Endpoint;
        var created = (await client.CreateAsync(request))!;
        await UntilStatusAsync(client, created.Id, Subscription.SubscriptionStatus.Active);

        var other = patients[1];
        other.BirthDate = other.BirthDate == "1981-01-01" ? "1981-01-02" : "1981-01-01";
        await client.UpdateAsync(other);
        var mine = patients[0];
        mine.BirthDate = mine.BirthDate == "1982-01-01" ? "1982-01-02" : "1982-01-01";
        await client.UpdateAsync(mine);

        // The notification of the second write arriving proves the first was matched (in commit order) and left out.
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification"));
        var events = subscriber.Acknowledged.Where(n => n.Type == "event-notification").ToList();
        Assert.Equal([$"Patient/{mine.Id}"], events.SelectMany(n => n.Focus).Select(Relative));
        Assert.Equal([1L], events.SelectMany(n => n.EventNumbers));
    }

    [Fact]
    public async System.Threading.Tasks.Task CriteriaSubscription_PutsTheUpdatedResource_WhenItsCriteriaMatch()
    {
        using var subscriber = new Subscriber();
        var client = Client();
        var patient = (await client.SearchAsync<Patient>(["_count=1", "_sort=-_lastUpdated"]))!.Entry.Select(e => e.Resource).OfType<Patient>().First();
        var request = SubscriptionTestKit.Criteria($"Patient?_id={patient.Id}", "application/fhir+json");
        request.Channel.Endpoint = subscriber.Endpoint;
        var created = (await client.CreateAsync(request))!;
        await UntilStatusAsync(client, created.Id, Subscription.SubscriptionStatus.Active);

        patient.BirthDate = patient.BirthDate == "1983-01-01" ? "1983-01-02" : "1983-01-01";
        var updated = (await client.UpdateAsync(patient))!;

        await subscriber.UntilAsync(s => s.Requests.Any(r => r.Method == "PUT"));
        var put = subscriber.Requests.First(r => r.Method == "PUT");
        Assert.Equal($"/hook/Patient/{patient.Id}", put.Path);
        var body = Parser.Deserialize<Patient>(put.Body);
        Assert.Equal(updated.Meta.VersionId, body.Meta.VersionId);
        Assert.Equal(updated.BirthDate, body.BirthDate);
    }

    private static string Relative(string reference)
    {
        var parts = reference.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : reference;
    }

    private static async System.Threading.Tasks.Task UntilStatusAsync(FhirClient client, string id, Subscription.SubscriptionStatus status)
    {
        var end = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var current = (await client.ReadAsync<Subscription>($"Subscription/{id}"))!;
            if (current.Status == status)
            {
                return;
            }

            if (DateTime.UtcNow > end)
            {
                throw new TimeoutException($"Subscription/{id} stayed {current.Status} ({current.Error}); expected {status}.");
            }

            await System.Threading.Tasks.Task.Delay(50);
        }
    }
}
