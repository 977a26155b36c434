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

    public sealed class Fixture : ServerFixture
    {
        public FakeIdentityProvider Provider { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "oidc",
            ["Auth:Authority"] = Provider.Issuer,
            ["Auth:Audience"] = FakeIdentityProvider.Audience,
            ["Auth:RequireHttpsMetadata"] = "false",
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
