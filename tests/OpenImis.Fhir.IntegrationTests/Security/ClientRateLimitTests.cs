using System.Net;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>With auth on, each OAuth client has a window of its own.</summary>
public sealed class ClientRateLimitTests(ClientRateLimitTests.Fixture server) : IClassFixture<ClientRateLimitTests.Fixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Request_IsServed_WhenAnotherClientExhaustedItsLimit()
    {
        using var greedy = server.CreateClient(server.Provider.Token(clientId: "greedy"));
        using var polite = server.CreateClient(server.Provider.Token(clientId: "polite"));

        for (var i = 0; i < 2; i++)
        {
            using var served = await greedy.GetAsync("/fhir/Patient");
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var refused = await greedy.GetAsync("/fhir/Patient");
        using var other = await polite.GetAsync("/fhir/Patient");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await FhirHttp.OutcomeAsync(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Request_IsRefused_WhenTheLimitedClientComesWithAnotherTokenAndForwardedFor()
    {
        using var greedy = server.CreateClient(server.Provider.Token(clientId: "greedy-again"));
        for (var i = 0; i < 2; i++)
        {
            using var served = await greedy.GetAsync("/fhir/Patient");
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        // Another token of the same client, another user and a forwarded address: the window is the validated client's.
        using var disguised = server.CreateClient(server.Provider.Token(clientId: "greedy-again", user: null));
        disguised.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        using var refused = await disguised.GetAsync("/fhir/Patient");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(Hl7.Fhir.Model.OperationOutcome.IssueType.Throttled, (await FhirHttp.OutcomeAsync(refused)).Issue[0].Code);
    }

    public sealed class Fixture : ServerFixture
    {
        public FakeIdentityProvider Provider { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(Provider.ServerSettings())
        {
            ["RateLimit:PermitLimit"] = "2",
            ["RateLimit:WindowSeconds"] = "600",
        };

        public HttpClient CreateClient(string token)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return client;
        }
    }
}
