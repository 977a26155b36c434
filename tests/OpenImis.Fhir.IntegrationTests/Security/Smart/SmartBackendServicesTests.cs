using System.Net;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>The SMART Backend Services flow end to end: register a client, sign an assertion, get a token, call the API.</summary>
public sealed class SmartBackendServicesTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Search_Answers200_WhenTheClientGotATokenWithItsSignedAssertion()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/*.rs");
        var bundle = await server.FhirClient(answer.AccessToken).SearchAsync<Patient>();

        Assert.Equal(200, answer.Status);
        Assert.NotNull(bundle);
        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers401_WhenNoTokenIsSent()
    {
        var client = server.FhirClient(null);

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.SearchAsync<Patient>());

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(OperationOutcome.IssueType.Login, error.Outcome.Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Token_IsABearerTokenOfFiveMinutes_WhenAnES384ClientAsks()
    {
        using var client = new SmartTestClient(ec: true);
        await server.RegisterAsync(client, "system/Patient.rs system/Claim.cruds");
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/Patient.rs");
        var token = new JsonWebToken(answer.AccessToken);

        Assert.Equal(200, answer.Status);
        Assert.Equal("Bearer", answer.Body["token_type"]?.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
        Assert.InRange(answer.Body["expires_in"]!.GetValue<int>(), 290, 300);
        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal("system/Patient.rs", token.GetClaim("scope").Value);
        Assert.Equal(client.ClientId, token.GetClaim("client_id").Value);
        Assert.Contains("openimis-fhir", token.Audiences);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers401WithOutcome_WhenTheTokenIsNotFromThisServer()
    {
        using var client = new SmartTestClient();
        // A token-shaped assertion: valid JWT, signed by the client, but no access token of this server.
        using var http = server.CreateClient(client.Assertion());

        using var response = await http.GetAsync("/fhir/Patient");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(OperationOutcome.IssueType.Login, (await FhirHttp.OutcomeAsync(response)).Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Health_FollowsTheTokensScopes_WhenTheCallerIsBuiltFromASmartToken()
    {
        // The operator view needs Auth:AdminScope: the caller's scopes come from the token as in mode oidc.
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs system/admin");
        using var http = server.CreateClient();
        var reader = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/*.rs");
        var admin = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/admin");
        using var asReader = server.CreateClient(reader.AccessToken!);
        using var asAdmin = server.CreateClient(admin.AccessToken!);

        using var refused = await asReader.GetAsync("/health");
        using var allowed = await asAdmin.GetAsync("/health");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task SmartConfiguration_PointsAtTheBuiltInTokenEndpoint_WhenModeIsSmart()
    {
        using var http = server.CreateClient();

        var document = JsonNode.Parse(await http.GetStringAsync("/.well-known/smart-configuration"))!.AsObject();

        Assert.Equal(SmartServerFixture.TokenEndpoint, document["token_endpoint"]!.GetValue<string>());
        Assert.Equal(["private_key_jwt"], document["token_endpoint_auth_methods_supported"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["client_credentials"], document["grant_types_supported"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("RS384", document["token_endpoint_auth_signing_alg_values_supported"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("ES384", document["token_endpoint_auth_signing_alg_values_supported"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("client-confidential-asymmetric", document["capabilities"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async System.Threading.Tasks.Task Jwks_PublishesTheKeyThatSignsAccessTokens()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        using var http = server.CreateClient();
        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion());

        var jwks = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(await http.GetStringAsync("/auth/jwks"));

        Assert.Contains(jwks.Keys, k => k.Kid == new JsonWebToken(answer.AccessToken).Kid);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_NamesTheTokenEndpointInTheOAuthUrisExtension_WhenModeIsSmart()
    {
        var statement = await server.FhirClient(null).CapabilityStatementAsync();

        var uris = statement!.Rest[0].Security.GetExtension("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");

        Assert.Equal(SmartServerFixture.TokenEndpoint, ((FhirUri)uris.GetExtension("token").Value).Value);
        Assert.Contains(statement.Rest[0].Security.Service, s => s.Coding.Any(c => c.Code == "SMART-on-FHIR"));
    }
}
