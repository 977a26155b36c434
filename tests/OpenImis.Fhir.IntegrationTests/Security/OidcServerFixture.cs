using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>The server in <c>Auth:Mode oidc</c> against the fake provider (whose WireMock server ends with the test run).</summary>
public sealed class OidcServerFixture : ServerFixture
{
    public FakeIdentityProvider Provider { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:Mode"] = "oidc",
        ["Auth:Authority"] = Provider.Issuer,
        ["Auth:Audience"] = FakeIdentityProvider.Audience,
        ["Auth:RequireHttpsMetadata"] = "false",
        ["RateLimit:Enabled"] = "false",
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
