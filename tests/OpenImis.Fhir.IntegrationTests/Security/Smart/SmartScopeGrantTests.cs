namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>A token carries the requested scopes cut to those the client is registered with.</summary>
public sealed class SmartScopeGrantTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>
{
    [Fact]
    public async Task Token_IsNarrowedToTheClientsScopes_WhenItAsksForMore()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/Patient.rs system/Coverage.read");
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/*.cruds system/Claim.rs");

        Assert.Equal(200, answer.Status);
        Assert.Equal(["system/Coverage.rs", "system/Patient.rs"], answer.Scope!.Split(' ').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Token_KeepsTheRequestedScope_WhenARegisteredWildcardCoversIt()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.cruds");
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/Patient.read");

        Assert.Equal(200, answer.Status);
        Assert.Equal("system/Patient.read", answer.Scope ?? new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(answer.AccessToken).GetClaim("scope").Value);
    }

    [Fact]
    public async Task Token_IsRefusedWithInvalidScope_WhenNoRequestedScopeIsAllowed()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/Patient.rs");
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/Claim.cruds user/Patient.rs");

        Assert.Equal(400, answer.Status);
        Assert.Equal("invalid_scope", answer.Error);
    }
}
