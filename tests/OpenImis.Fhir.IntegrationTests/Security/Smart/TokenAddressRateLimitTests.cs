using System.Net;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>
/// The token endpoint's window per remote address: requests naming ever new client ids (unknown ones too) spend it,
/// so a burst from one address is refused whatever client it names.
/// </summary>
public sealed class TokenAddressRateLimitTests(TokenAddressRateLimitTests.Fixture server) : IClassFixture<TokenAddressRateLimitTests.Fixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Token_Answers429_WhenOneAddressSpentItsWindowWithOtherClientIds()
    {
        using var registered = new SmartTestClient();
        await server.RegisterAsync(registered, "system/*.rs");
        using var http = server.CreateClient();

        var burst = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var stranger = new SmartTestClient();
            burst.Add((await SmartTestClient.RequestTokenAsync(http, stranger.Assertion())).Status);
        }

        var (status, retryAfter, body) = await TokenRequests.SendAsync(http, registered.Assertion());

        Assert.DoesNotContain(429, burst);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.NotNull(retryAfter);
        Assert.Equal("temporarily_unavailable", body["error"]?.GetValue<string>());
    }

    public sealed class Fixture : SmartServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(SmartSettings)
        {
            ["RateLimit:Token:Enabled"] = "true",
            ["RateLimit:Token:PermitLimit"] = "100",
            ["RateLimit:Token:AddressPermitLimit"] = "4",
            ["RateLimit:Token:WindowSeconds"] = "600",
        };
    }
}
