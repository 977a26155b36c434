using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>The server in <c>Auth:Mode oidc</c> against the fake provider (whose WireMock server ends with the test run).</summary>
public sealed class OidcServerFixture : ServerFixture
{
    public FakeIdentityProvider Provider { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(Provider.ServerSettings())
    {
        ["RateLimit:Enabled"] = "false",

        // /health answers 503 until the validator's warm-up ends (minutes on a loaded machine); these tests are about
        // who may see it, so the profiles compile on first use instead.
        ["Fhir:Validation:WarmUp"] = "false",
    };

    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public FhirClient FhirClient(string token)
    {
        var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, Factory.Server.CreateHandler());
        client.RequestHeaders!.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
