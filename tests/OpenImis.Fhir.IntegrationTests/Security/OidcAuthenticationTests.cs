using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Conformance;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>Mode oidc: tokens of an external provider (WireMock discovery and JWKS, real RSA signatures).</summary>
public sealed class OidcAuthenticationTests(OidcServerFixture server) : IClassFixture<OidcServerFixture>
{
    public static TheoryData<string> Attacks => ["expired", "not-yet-valid", "wrong-issuer", "wrong-audience", "alg-none", "hs256-public-key", "unknown-kid"];

    [Fact]
    public async System.Threading.Tasks.Task Search_Succeeds_WhenTheTokenIsValid()
    {
        var client = server.FhirClient(server.Provider.Token());

        var bundle = await client.SearchAsync<Patient>();

        Assert.NotNull(bundle);
        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async System.Threading.Tasks.Task Read_Answers401WithOutcome_WhenTheTokenIsForged(string attack)
    {
        var provider = server.Provider;
        var now = DateTime.UtcNow;
        using var stranger = RSA.Create(2048);
        var token = attack switch
        {
            "expired" => provider.Token(notBefore: now.AddMinutes(-20), expires: now.AddMinutes(-10)),
            "not-yet-valid" => provider.Token(notBefore: now.AddMinutes(10), expires: now.AddMinutes(20)),
            "wrong-issuer" => provider.Token(issuer: "https://evil.example.org/realms/openimis"),
            "wrong-audience" => provider.Token(audience: "another-api"),
            "alg-none" => provider.UnsignedToken(),
            "hs256-public-key" => provider.PublicKeyHmacToken(),
            _ => provider.Token(kid: "not-published", key: stranger),
        };
        using var client = server.CreateClient(token);

        using var response = await client.GetAsync("/fhir/Patient");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Equal(OperationOutcome.IssueType.Login, outcome.Issue[0].Code);
    }

    [Theory]
    [InlineData("POST", "/fhir/Patient")]
    [InlineData("PUT", "/fhir/Patient/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/fhir/Patient/00000000-0000-0000-0000-000000000001")]
    public async System.Threading.Tasks.Task Write_Answers401_WhenAnonymous(string method, string path)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "DELETE")
        {
            request.Content = FhirHttp.Body(new Patient());
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_IsAccepted_WhenTheProviderRotatesItsKey()
    {
        server.Provider.AddKey("key-rotated");
        var token = server.Provider.Token(kid: "key-rotated");
        using var client = server.CreateClient(token);

        // The configuration manager refreshes the JWKS on the first unknown kid; that request may still lose.
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await client.GetAsync("/fhir/Patient");
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await System.Threading.Tasks.Task.Delay(500);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_IsOpenAndDescribesSmart_WhenAuthIsOn()
    {
        using var client = server.CreateClient();

        var statement = await FhirHttp.GetOkAsync<CapabilityStatement>(client, "metadata");

        var security = statement.Rest[0].Security;
        Assert.Contains(security.Service, s => s.Coding.Any(c => c.Code == "SMART-on-FHIR"));
        var uris = security.GetExtension("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        Assert.Equal(server.Provider.Issuer + "/token", ((FhirUri)uris.GetExtension("token").Value).Value);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_HasNoErrorsOrWarnings_WhenItCarriesSecurity()
    {
        using var client = server.CreateClient();
        var statement = await ServedConformance.MetadataAsync(client);

        var outcome = SharedConformance.Validator.Validate(statement, "http://hl7.org/fhir/StructureDefinition/CapabilityStatement");

        Assert.Empty(KnownFindings.Problems(outcome).Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression)}"));
    }

    [Theory]
    [InlineData("/.well-known/smart-configuration")]
    [InlineData("/fhir/.well-known/smart-configuration")]
    public async System.Threading.Tasks.Task SmartConfiguration_PointsAtTheProvider_WhenModeIsOidc(string path)
    {
        using var client = server.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(path));

        var root = document.RootElement;
        Assert.Equal(server.Provider.Issuer + "/token", root.GetProperty("token_endpoint").GetString());
        Assert.Equal(server.Provider.Issuer, root.GetProperty("issuer").GetString());
        Assert.Contains("private_key_jwt", root.GetProperty("token_endpoint_auth_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("RS384", root.GetProperty("token_endpoint_auth_signing_alg_values_supported").EnumerateArray().Select(e => e.GetString()));
        var capabilities = root.GetProperty("capabilities").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["client-confidential-asymmetric", "permission-v1", "permission-v2"], capabilities);
    }

    [Fact]
    public async System.Threading.Tasks.Task Health_Answers403_WhenTheTokenLacksTheAdminScope()
    {
        using var user = server.CreateClient(server.Provider.Token(scope: "system/*.rs"));
        using var admin = server.CreateClient(server.Provider.Token(scope: "system/*.rs system/admin"));

        using var refused = await user.GetAsync("/health");
        using var allowed = await admin.GetAsync("/health");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await FhirHttp.OutcomeAsync(refused);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Liveness_StaysOpen_WhenAuthIsOn()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
