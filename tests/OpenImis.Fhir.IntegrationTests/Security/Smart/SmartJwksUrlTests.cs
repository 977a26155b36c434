using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>A client registered with a JWKS URL (WireMock serving it): its keys are fetched, and a rotation is picked up.</summary>
public sealed class SmartJwksUrlTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>, IDisposable
{
    private readonly WireMockServer _jwksHost = WireMockServer.Start();

    [Fact]
    public async Task Token_IsGrantedWithTheNewKey_WhenTheClientRotatesTheKeyAtItsJwksUrl()
    {
        using var client = new SmartTestClient();
        Serve(client);
        await server.ClientsAsync("add", "--id", client.ClientId, "--jwks-url", _jwksHost.Url + "/jwks.json", "--scopes", "system/*.rs");
        using var http = server.CreateClient();
        var before = await SmartTestClient.RequestTokenAsync(http, client.Assertion());

        var oldKid = client.CurrentKid;
        client.AddKey(ec: true);
        Serve(client, currentOnly: true);
        var rotated = await SmartTestClient.RequestTokenAsync(http, client.Assertion());
        var withdrawn = await SmartTestClient.RequestTokenAsync(http, client.Assertion(kid: oldKid));

        Assert.Equal(200, before.Status);
        Assert.True(rotated.Status == 200, rotated.ToString());
        Assert.True(withdrawn.Error == "invalid_client", withdrawn.ToString());
    }

    [Fact]
    public async Task Add_Fails_WhenTheJwksUrlDoesNotAnswer()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            server.ClientsAsync("add", "--id", "dead-url", "--jwks-url", _jwksHost.Url + "/missing.json", "--scopes", "system/*.rs"));

        Assert.IsType<HttpRequestException>(error);
        Assert.DoesNotContain("dead-url", await server.ClientsAsync("list"), StringComparison.Ordinal);
    }

    private void Serve(SmartTestClient client, bool currentOnly = false) =>
        _jwksHost.Given(Request.Create().WithPath("/jwks.json").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(client.Jwks(currentOnly)));

    public void Dispose()
    {
        _jwksHost.Stop();
        _jwksHost.Dispose();
    }
}
