using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Scopes;

/// <summary>
/// SB-17 at creation: a subscription needs s on what it searches and r on what its notifications carry, and it
/// belongs to the client that made it (any other gets 404 on it and its operations).
/// </summary>
public sealed class SubscriptionCreateScopeTests(SubscriptionScopeFixture server) : IClassFixture<SubscriptionScopeFixture>
{
    private static readonly FhirJsonDeserializer Parser = new();

    public static TheoryData<string, string, string> Refused => new()
    {
        // criteria on a type the token cannot search
        { "system/Subscription.cruds system/Claim.rs", "criteria Patient?gender=male", "system/Patient.s" },
        // a topic on a type the token cannot search
        { "system/Subscription.cruds system/Patient.rs", "topic claim-submitted id-only", "system/Claim.s" },
        // full-resource content without r
        { "system/Subscription.cruds system/Patient.s", "topic insuree-created-or-updated full-resource", "system/Patient.r" },
        // an R4 payload without r
        { "system/Subscription.cruds system/Patient.s", "payload Patient?gender=male", "system/Patient.r" },
        // a topic filter chained through another type (ClaimResponse.request → Claim.facility) needs s on it too
        { "system/Subscription.cruds system/ClaimResponse.rs", "topic claim-adjudicated id-only health-facility=Organization/x", "system/Claim.s" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async System.Threading.Tasks.Task Create_Answers403NamingTheScope_WhenTheTokenMayNotSeeWhatItNotifies(string scopes, string request, string needed)
    {
        var client = server.Client(scopes, user: null);

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(Build(request)));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        var issue = refused.Outcome!.Issue[0];
        Assert.Equal(OperationOutcome.IssueType.Forbidden, issue.Code);
        Assert.Contains(needed, issue.Diagnostics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("criteria Patient?gender=male")]
    [InlineData("topic insuree-created-or-updated id-only")]
    public async System.Threading.Tasks.Task Create_Succeeds_WhenTheTokenMaySearchAndNothingCarriesTheResource(string request)
    {
        var client = server.Client("system/Subscription.cruds system/Patient.s", user: null);

        var created = await client.CreateAsync(Build(request));

        Assert.Equal(Subscription.SubscriptionStatus.Requested, created!.Status);
        Assert.Equal("subscriber-a", (await SubscriptionTestKit.RecordAsync(server, created.Id))!.Owner);
    }

    [Fact]
    public async System.Threading.Tasks.Task OtherClient_Gets404_OnTheSubscriptionAndItsStatusAndEvents()
    {
        const string Scopes = "system/Subscription.cruds system/Patient.rs";
        var owner = server.Client(Scopes);
        var created = (await owner.CreateAsync(Build("topic insuree-created-or-updated id-only")))!;
        var other = server.Client(Scopes, clientId: "subscriber-b");
        using var otherHttp = server.Http(Scopes, clientId: "subscriber-b");

        var read = await Assert.ThrowsAsync<FhirOperationException>(() => other.ReadAsync<Subscription>($"Subscription/{created.Id}"));
        var update = await Assert.ThrowsAsync<FhirOperationException>(() => other.UpdateAsync(created));
        var delete = await Assert.ThrowsAsync<FhirOperationException>(() => other.DeleteAsync($"Subscription/{created.Id}"));
        using var status = await otherHttp.GetAsync($"/fhir/Subscription/{created.Id}/$status");
        using var events = await otherHttp.GetAsync($"/fhir/Subscription/{created.Id}/$events");

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (read.Status, update.Status, delete.Status, status.StatusCode, events.StatusCode));
        Assert.IsType<OperationOutcome>(Parser.DeserializeResource(await events.Content.ReadAsStringAsync()));
        Assert.Equal(created.Id, (await owner.ReadAsync<Subscription>($"Subscription/{created.Id}"))!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task OtherClient_FindsNone_WhenSearchingOrAskingStatusOfEverySubscription()
    {
        const string Scopes = "system/Subscription.cruds system/Patient.rs";
        var owner = server.Client(Scopes, clientId: "subscriber-c");
        var created = (await owner.CreateAsync(Build("topic insuree-created-or-updated id-only")))!;
        using var otherHttp = server.Http(Scopes, clientId: "subscriber-d");
        using var ownerHttp = server.Http(Scopes, clientId: "subscriber-c");

        var othersSearch = await server.Client(Scopes, clientId: "subscriber-d").SearchAsync<Subscription>([]);
        var othersStatus = await StatusIdsAsync(otherHttp);
        var ownersStatus = await StatusIdsAsync(ownerHttp);

        Assert.Empty(othersSearch!.Entry);
        Assert.Equal((0, 1), (othersStatus.Count, ownersStatus.Count));
        Assert.EndsWith($"Subscription/{created.Id}", ownersStatus[0], StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StampsEachClientAsOwner_WhenTwoClientsCreateConcurrently()
    {
        const string Scopes = "system/Subscription.cruds system/Patient.rs";
        var clients = new[] { "concurrent-x", "concurrent-y" };

        var created = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var client = clients[i % 2];
            var subscription = await server.Client(Scopes, clientId: client).CreateAsync(Build("topic insuree-created-or-updated id-only"));
            return (Client: client, subscription!.Id);
        }));

        foreach (var client in clients)
        {
            var found = await server.Client(Scopes, clientId: client).SearchAsync<Subscription>(["_count=50"]);
            Assert.Equal(
                created.Where(c => c.Client == client).Select(c => c.Id).Order(StringComparer.Ordinal),
                found!.Entry.Select(e => e.Resource.Id).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Status_Answers403_WhenTheTokenCannotReadSubscriptions()
    {
        var owner = server.Client("system/Subscription.cs system/Patient.rs", clientId: "subscriber-e");
        var created = (await owner.CreateAsync(Build("topic insuree-created-or-updated id-only")))!;
        using var http = server.Http("system/Subscription.cs system/Patient.rs", clientId: "subscriber-e");

        using var status = await http.GetAsync($"/fhir/Subscription/{created.Id}/$status");

        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        var outcome = (OperationOutcome)Parser.DeserializeResource(await status.Content.ReadAsStringAsync());
        Assert.Contains("system/Subscription.r", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    private static async Task<List<string>> StatusIdsAsync(HttpClient client)
    {
        using var answer = await client.GetAsync("/fhir/Subscription/$status");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var bundle = (Bundle)Parser.DeserializeResource(await answer.Content.ReadAsStringAsync());
        return bundle.Entry.Select(e => ((ResourceReference)((Parameters)e.Resource).Parameter.Single(p => p.Name == "subscription").Value).Reference ?? string.Empty).ToList();
    }

    // "criteria Q" (no payload), "payload Q" (application/fhir+json), "topic id content [filter]".
    private static Subscription Build(string request)
    {
        var parts = request.Split(' ');
        return parts[0] switch
        {
            "criteria" => SubscriptionTestKit.Criteria(parts[1]),
            "payload" => SubscriptionTestKit.Criteria(parts[1], "application/fhir+json"),
            _ => SubscriptionTestKit.Topic(parts[1], parts[2], parts.Length > 3 ? [parts[3]] : []),
        };
    }
}
