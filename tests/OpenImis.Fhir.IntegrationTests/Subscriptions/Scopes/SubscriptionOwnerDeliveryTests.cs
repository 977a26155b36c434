using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Api;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Scopes;

/// <summary>
/// SB-17 after creation: the real matcher and dispatcher act as the subscription's owner with its openIMIS rights and
/// districts read again, so a subscriber hears only of what its owner could find now, and full-resource carries only
/// what it may read now.
/// </summary>
public sealed class SubscriptionOwnerDeliveryTests(SubscriptionScopeFixture server) : IClassFixture<SubscriptionScopeFixture>
{
    private const string AdminScopes = "system/*.cruds";
    private static readonly FhirJsonDeserializer Parser = new();

    [Fact]
    public async System.Threading.Tasks.Task DistrictUsersSubscription_IsNotNotified_WhenAnInsureeOfAnotherDistrictIsUpdated()
    {
        var district = await Sql.CountAsync(server.ConnectionString,
            $"SELECT w.\"ParentLocationId\" {SubscriptionScopeFixture.InsureesByDistrict} GROUP BY 1 ORDER BY count(*) LIMIT 1");
        await server.AddUserAsync("district-subscriber", 101101, 101001);
        await server.AddDistrictAsync("district-subscriber", district);
        var inside = (await Sql.StringsAsync(server.ConnectionString,
            $"SELECT i.\"InsureeUUID\" {SubscriptionScopeFixture.InsureesByDistrict} AND w.\"ParentLocationId\" = {district} LIMIT 1"))[0];
        var outside = (await Sql.StringsAsync(server.ConnectionString,
            $"SELECT i.\"InsureeUUID\" {SubscriptionScopeFixture.InsureesByDistrict} AND w.\"ParentLocationId\" <> {district} LIMIT 1"))[0];
        using var subscriber = new Subscriber();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "id-only");
        request.Channel.Endpoint = subscriber.Endpoint;
        await server.Client(AdminScopes, user: "district-subscriber", clientId: "district-client").CreateAsync(request);
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));

        var admin = server.Client(AdminScopes);
        var other = await ChangeAsync(admin, outside);
        var mine = await ChangeAsync(admin, inside);

        // Outbox order is commit order: the second write's notification proves the first was judged and left out.
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification"));
        var events = subscriber.Acknowledged.Where(n => n.Type == "event-notification").ToList();
        Assert.Equal([$"Patient/{mine.Id}"], events.SelectMany(n => n.Focus).Select(Relative));
        Assert.Equal([1L], events.SelectMany(n => n.EventNumbers));
        Assert.NotEqual(other.Id, mine.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task FullResource_IsDeliveredWithoutTheResource_WhenTheOwnersRightIsWithdrawnBeforeDelivery()
    {
        await server.AddUserAsync("viewer", 101101);
        var admin = server.Client(AdminScopes);
        var patient = await AnyPatientAsync(admin);
        using var subscriber = new Subscriber();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "full-resource", $"Patient?patient={patient.Id}");
        request.Channel.Endpoint = subscriber.Endpoint;
        await server.Client(AdminScopes, user: "viewer", clientId: "viewer-client").CreateAsync(request);
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));

        // The subscriber is down when the event is matched: the first attempt carries the Patient, the owner may read it.
        subscriber.Status = HttpStatusCode.ServiceUnavailable;
        await ChangeAsync(admin, patient.Id);
        await subscriber.UntilAsync(s => s.Requests.Any(r => r.Status == 503 && r.Body.Length > 0));
        var refused = Parse(subscriber.Requests.First(r => r.Status == 503 && r.Body.Length > 0));

        // Still down: a retry built after the withdrawal lacks the resource. One notification is in flight at a time, so
        // every attempt after that one is built after the withdrawal too, whatever the timing.
        await server.WithdrawRightsAsync("viewer");
        await subscriber.UntilAsync(s => s.Requests.Any(r => r.Status == 503 && r.Body.Length > 0 && Parse(r).Entry.Skip(1).Single().Resource is null));
        subscriber.Status = HttpStatusCode.OK;
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification"));
        var delivered = Parse(subscriber.Requests.First(r => r.Status == 200 && r.Body.Contains("event-notification", StringComparison.Ordinal)));

        Assert.IsType<Patient>(Assert.Single(refused.Entry.Skip(1)).Resource);
        var focus = Assert.Single(delivered.Entry.Skip(1));
        Assert.Null(focus.Resource);
        Assert.EndsWith($"Patient/{patient.Id}", focus.FullUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Subscription_IsNotNotified_WhenTheOwnersRightIsWithdrawnBeforeTheChange()
    {
        await server.AddUserAsync("former-viewer", 101101);
        var admin = server.Client(AdminScopes);
        var patient = await AnyPatientAsync(admin);
        using var withdrawn = new Subscriber();
        using var control = new Subscriber();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "full-resource", $"Patient?patient={patient.Id}");
        request.Channel.Endpoint = withdrawn.Endpoint;
        var mine = (await server.Client(AdminScopes, user: "former-viewer", clientId: "former-client").CreateAsync(request))!;
        request.Channel.Endpoint = control.Endpoint;
        await admin.CreateAsync(request);
        await withdrawn.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));

        await server.WithdrawRightsAsync("former-viewer");
        await ChangeAsync(admin, patient.Id);

        // The change was judged for both subscriptions in one matcher transaction: the control's event proves it.
        await control.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification"));
        Assert.Equal(0, await server.EventCountAsync(mine.Id));
        Assert.DoesNotContain(withdrawn.Acknowledged, n => n.Type == "event-notification");
    }

    [Fact]
    public async System.Threading.Tasks.Task CriteriaPayload_BecomesAnEmptyPost_WhenTheOwnersRightIsWithdrawnBeforeDelivery()
    {
        await server.AddUserAsync("payload-viewer", 101101);
        var admin = server.Client(AdminScopes);
        var patient = await AnyPatientAsync(admin);
        using var subscriber = new Subscriber { Status = HttpStatusCode.ServiceUnavailable };
        var request = SubscriptionTestKit.Criteria($"Patient?_id={patient.Id}", "application/fhir+json");
        request.Channel.Endpoint = subscriber.Endpoint;
        await server.Client(AdminScopes, user: "payload-viewer", clientId: "payload-client").CreateAsync(request);

        await ChangeAsync(admin, patient.Id);
        await subscriber.UntilAsync(s => s.Requests.Any(r => r.Method == "PUT"));
        await server.WithdrawRightsAsync("payload-viewer");

        // Still down: once an attempt built after the withdrawal arrives (a POST), every later one is built after it.
        await subscriber.UntilAsync(s => s.Requests.Any(r => r.Method == "POST"));
        subscriber.Status = HttpStatusCode.OK;
        await subscriber.UntilAsync(s => s.Requests.Any(r => r.Status == 200));

        var put = subscriber.Requests.First(r => r.Method == "PUT");
        var delivered = subscriber.Requests.First(r => r.Status == 200);
        Assert.Equal(patient.Id, ((Patient)Parser.DeserializeResource(put.Body)).Id);
        Assert.Equal(("POST", string.Empty), (delivered.Method, delivered.Body));
    }

    [Fact]
    public async System.Threading.Tasks.Task Events_LeaveOutTheResourceOr403_WhenTheCallersTokenNoLongerReadsTheType()
    {
        var admin = server.Client(AdminScopes);
        var patient = await AnyPatientAsync(admin);
        using var subscriber = new Subscriber();
        var request = SubscriptionTestKit.Topic("insuree-created-or-updated", "full-resource", $"Patient?patient={patient.Id}");
        request.Channel.Endpoint = subscriber.Endpoint;
        var created = (await server.Client(AdminScopes, clientId: "events-client").CreateAsync(request))!;
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "handshake"));
        await ChangeAsync(admin, patient.Id);
        await subscriber.UntilAsync(s => s.Acknowledged.Any(n => n.Type == "event-notification"));
        using var narrowed = server.Http("system/Subscription.r system/Patient.s", clientId: "events-client");

        using var explicitly = await narrowed.GetAsync($"/fhir/Subscription/{created.Id}/$events?content=full-resource");
        using var asSubscribed = await narrowed.GetAsync($"/fhir/Subscription/{created.Id}/$events");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (explicitly.StatusCode, asSubscribed.StatusCode));
        var bundle = (Bundle)Parser.DeserializeResource(await asSubscribed.Content.ReadAsStringAsync());
        var focus = Assert.Single(bundle.Entry.Skip(1));
        Assert.Null(focus.Resource);
        Assert.EndsWith($"Patient/{patient.Id}", focus.FullUrl, StringComparison.Ordinal);
    }

    private static async Task<Patient> AnyPatientAsync(FhirClient client) =>
        (await client.SearchAsync<Patient>(["_count=1"]))!.Entry.Select(e => e.Resource).OfType<Patient>().First();

    // A write the outbox records: the birth date flips between two values.
    private static async Task<Patient> ChangeAsync(FhirClient client, string id)
    {
        var patient = (await client.ReadAsync<Patient>($"Patient/{id}"))!;
        patient.BirthDate = patient.BirthDate == "1970-01-01" ? "1970-01-02" : "1970-01-01";
        return (await client.UpdateAsync(patient))!;
    }

    private static Bundle Parse(Received request) => (Bundle)Parser.DeserializeResource(request.Body);

    private static string Relative(string url) => url[(url.IndexOf("Patient/", StringComparison.Ordinal))..];
}
