using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>
/// The server's validator knows HL7's backport-subscription (profiles/backport/): with <c>Fhir:Validation:Mode</c>
/// <c>enforce</c>, a topic Subscription that claims it is written when it conforms and refused with 422 when it does
/// not, and <c>$validate</c> judges against it.
/// </summary>
public sealed class BackportValidationTests(SubscriptionApiFixture server) : IClassFixture<SubscriptionApiFixture>
{
    private const string SubscriptionProfile = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription";
    private const string PayloadContent = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-payload-content";

    private static Subscription Conforming(int i) =>
        Topic("insuree-created-or-updated", "id-only", $"location=BackportEnforce{i}");

    [Fact]
    public async System.Threading.Tasks.Task Create_WritesEverySubscription_WhenTheyClaimBackportSubscriptionInEnforceModeFromConcurrentClients()
    {
        server.Factory.LiveSettings.Set("Fhir:Validation:Mode", "enforce");

        var created = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = Client(server);
            return await client.CreateAsync(Conforming(i));
        }));

        Assert.All(created, s => Assert.Equal((Subscription.SubscriptionStatus.Requested, SubscriptionProfile), (s!.Status, s.Meta.Profile.Single())));
        Assert.Equal(8, created.Select(s => s!.Id).Distinct().Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422NamingThePayloadContent_WhenAClaimedBackportSubscriptionLacksIt()
    {
        server.Factory.LiveSettings.Set("Fhir:Validation:Mode", "enforce");
        var broken = Conforming(100);
        broken.Channel.PayloadElement.RemoveExtension(PayloadContent);
        using var client = Client(server);

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(broken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Outcome!.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error
            && $"{i.Details?.Text} {string.Join(",", i.Expression)}".Contains("content", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_FindsNoErrorForAConformingSubscriptionAndTheMissingContentForABrokenOne_WhenAskedForBackportSubscription()
    {
        var http = server.CreateClient();
        var broken = Conforming(200);
        broken.Channel.PayloadElement.RemoveExtension(PayloadContent);

        var good = await ValidateAsync(http, Conforming(201));
        var bad = await ValidateAsync(http, broken);

        Assert.DoesNotContain(good.Issue, i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
        Assert.Contains(bad.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ValidatesAgainstBackportSubscription_WhenATopicSubscriptionWasCreated()
    {
        using var client = Client(server);
        var sent = Conforming(300);
        sent.Channel.AddExtension("http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-heartbeat-period", new UnsignedInt(60));
        var created = (await client.CreateAsync(sent))!;

        var read = (await client.ReadAsync<Subscription>($"Subscription/{created.Id}"))!;
        var outcome = SharedConformance.Validator.Validate(read, SubscriptionProfile);

        // What Inferno's subscription_conformance_test asks of the Subscription, as the server keeps and serves it.
        Assert.Empty(Conformance.KnownFindings.Problems(outcome).Select(i => $"{i.Severity}: {i.Details?.Text} @ {string.Join(",", i.Expression)}"));
        Assert.Contains(SubscriptionProfile, read.Meta.Profile);
    }

    private static async Task<OperationOutcome> ValidateAsync(HttpClient http, Subscription subscription)
    {
        var parameters = new Parameters();
        parameters.Add("resource", subscription);
        parameters.Add("profile", new FhirUri(SubscriptionProfile));
        var response = await http.PostAsync("/fhir/Subscription/$validate", FhirHttp.Body(parameters));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<OperationOutcome>(response);
    }
}
