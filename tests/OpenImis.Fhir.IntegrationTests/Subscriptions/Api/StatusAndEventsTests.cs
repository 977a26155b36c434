using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Server.Subscriptions;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>SB-15: <c>$status</c> at type and instance level, <c>$events</c> by number range and content, and retention.</summary>
public sealed class StatusAndEventsTests(SubscriptionApiFixture server) : IClassFixture<SubscriptionApiFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Status_AnswersASearchsetOfStatusParameters_WhenFilteredByIdAndStatus_SB15()
    {
        using var client = Client(server);
        var (subscription, _) = await SubscriptionWithEventsAsync(client, 3);
        var other = await client.CreateAsync(Criteria("Patient?family=StatusOther"));
        var off = Criteria("Patient?family=StatusOff");
        off.Status = Subscription.SubscriptionStatus.Off;
        var turnedOff = await client.CreateAsync(off);

        var byId = (Bundle)(await client.GetAsync($"Subscription/$status?id={subscription.Id},{other!.Id}"))!;
        var byStatus = (Bundle)(await client.GetAsync($"Subscription/$status?status=off&id={turnedOff!.Id},{subscription.Id}"))!;
        var instance = (Bundle)(await client.GetAsync($"Subscription/{subscription.Id}/$status"))!;

        Assert.Equal((Bundle.BundleType.Searchset, 2), (byId.Type!.Value, byId.Entry.Count));
        Assert.All(byId.Entry, e => Assert.Equal("query-status", Value((Parameters)e.Resource, "type")));
        Assert.Equal([$"http://localhost/fhir/Subscription/{turnedOff.Id}"], byStatus.Entry.Select(e => ((ResourceReference)((Parameters)e.Resource).Parameter[0].Value).Reference));
        var status = (Parameters)Assert.Single(instance.Entry).Resource;
        Assert.Equal(("requested", "3"), (Value(status, "status"), Value(status, "events-since-subscription-start")));
        Assert.DoesNotContain(status.Parameter, p => p.Name == "notification-event");
    }

    [Fact]
    public async System.Threading.Tasks.Task Events_AnswersExactlyTheNumbersAsked_WhenWithinRetention_SB15()
    {
        using var client = Client(server);
        var (subscription, patient) = await SubscriptionWithEventsAsync(client, 22);

        var bundle = (Bundle)(await client.GetAsync($"Subscription/{subscription.Id}/$events?eventsSinceNumber=10&eventsUntilNumber=20"))!;
        var full = (Bundle)(await client.GetAsync($"Subscription/{subscription.Id}/$events?eventsSinceNumber=21&content=full-resource"))!;

        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        var status = (Parameters)bundle.Entry[0].Resource;
        Assert.Equal(("query-event", "22"), (Value(status, "type"), Value(status, "events-since-subscription-start")));
        Assert.Equal(Enumerable.Range(10, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            status.Parameter.Where(p => p.Name == "notification-event").Select(p => p.Part.Single(x => x.Name == "event-number").Value.ToString()));
        Assert.Equal(($"http://localhost/fhir/Patient/{patient}", null), (bundle.Entry[1].FullUrl, bundle.Entry[1].Resource));
        Assert.Equal(2, ((Parameters)full.Entry[0].Resource).Parameter.Count(p => p.Name == "notification-event"));
        Assert.Equal(patient, Assert.IsType<Patient>(full.Entry[1].Resource).Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Events_Answers410SayingSo_WhenTheEventsArePastRetention_SB15()
    {
        using var client = Client(server);
        var (subscription, _) = await SubscriptionWithEventsAsync(client, 4);
        await ExecuteAsync(
            "UPDATE fhir.subscription_event SET state = 'delivered', delivered_at = now() - interval '8 days' WHERE subscription_id = @id AND event_number <= 2",
            subscription.Id);

        // A matcher of its own, so that its first run cleans up (a matcher cleans at most once a minute).
        var matcher = ActivatorUtilities.CreateInstance<ChangeMatcher>(server.Factory.Services);
        await matcher.MatchPendingAsync(1, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.GetAsync($"Subscription/{subscription.Id}/$events?eventsSinceNumber=1"));
        var kept = (Bundle)(await client.GetAsync($"Subscription/{subscription.Id}/$events?eventsSinceNumber=3"))!;

        Assert.Equal(HttpStatusCode.Gone, refused.Status);
        Assert.Contains("Subscriptions:EventRetention", refused.Outcome!.Issue.Single().Diagnostics, StringComparison.Ordinal);
        Assert.Equal([3L, 4L], (await EventsAsync(server, subscription.Id)).Select(e => e.EventNumber));
        Assert.Equal(2, ((Parameters)kept.Entry[0].Resource).Parameter.Count(p => p.Name == "notification-event"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Events_Refuses400_WhenTheRangeOrContentIsInvalid_SB15()
    {
        using var client = Client(server);
        var (subscription, _) = await SubscriptionWithEventsAsync(client, 1);

        var backwards = await Assert.ThrowsAsync<FhirOperationException>(() => client.GetAsync($"Subscription/{subscription.Id}/$events?eventsSinceNumber=5&eventsUntilNumber=2"));
        var content = await Assert.ThrowsAsync<FhirOperationException>(() => client.GetAsync($"Subscription/{subscription.Id}/$events?content=all"));
        var unknown = await Assert.ThrowsAsync<FhirOperationException>(() => client.GetAsync("Subscription/no-such-subscription/$events"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (backwards.Status, content.Status, unknown.Status));
    }

    [Fact]
    public async System.Threading.Tasks.Task Events_AnswersOnlyTheStatus_WhenTheSubscriptionHasNoEventYet_SB15()
    {
        using var client = Client(server);
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only", "patient=Patient/nobody"));

        var bundle = (Bundle)(await client.GetAsync($"Subscription/{subscription!.Id}/$events"))!;

        var status = (Parameters)Assert.Single(bundle.Entry).Resource;
        Assert.Equal(("query-event", "0"), (Value(status, "type"), Value(status, "events-since-subscription-start")));
    }

    // A topic subscription on one new patient, and that patient updated until it has that many events.
    private async Task<(Subscription Subscription, string Patient)> SubscriptionWithEventsAsync(FhirClient client, int events)
    {
        var patient = await client.CreateAsync(Fixtures.Patient("StatusEvents"));
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only", $"patient=Patient/{patient!.Id}"));
        for (var i = 0; i < events; i++)
        {
            patient.BirthDate = $"19{10 + i}-01-01";
            patient = await client.UpdateAsync(patient);
            await MatchAllAsync(server);
        }

        return (subscription!, patient!.Id!);
    }

    private async System.Threading.Tasks.Task ExecuteAsync(string sql, string id)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }
}
