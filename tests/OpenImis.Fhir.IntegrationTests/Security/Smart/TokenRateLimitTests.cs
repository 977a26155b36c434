using System.Net;
using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>
/// The token endpoint's rate limit: a window per client the request names (here the assertion's <c>iss</c>), 429 with
/// Retry-After and an OAuth error body once it is spent; other clients keep their own window.
/// </summary>
public sealed class TokenRateLimitTests(TokenRateLimitTests.Fixture server) : IClassFixture<TokenRateLimitTests.Fixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Token_Answers429WithRetryAfterAndOAuthError_WhenTheClientsWindowIsSpent()
    {
        using var greedy = new SmartTestClient();
        using var polite = new SmartTestClient();
        await server.RegisterAsync(greedy, "system/*.rs");
        await server.RegisterAsync(polite, "system/*.rs");
        using var http = server.CreateClient();

        var served = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            served.Add((await SmartTestClient.RequestTokenAsync(http, greedy.Assertion())).Status);
        }

        var (status, retryAfter, body) = await TokenRequests.SendAsync(http, greedy.Assertion());
        var other = await SmartTestClient.RequestTokenAsync(http, polite.Assertion());

        Assert.Equal([200, 200, 200], served);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.InRange(retryAfter ?? 0, 1, 600);
        Assert.Equal("temporarily_unavailable", body["error"]?.GetValue<string>());
        Assert.Equal(200, other.Status);
    }

    public sealed class Fixture : SmartServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(SmartSettings)
        {
            ["RateLimit:Token:Enabled"] = "true",
            ["RateLimit:Token:PermitLimit"] = "3",
            ["RateLimit:Token:AddressPermitLimit"] = "1000",
            ["RateLimit:Token:WindowSeconds"] = "600",
        };
    }
}

/// <summary>A raw token request, for what <see cref="SmartTestClient.RequestTokenAsync"/> does not return: the headers.</summary>
internal static class TokenRequests
{
    public static async Task<(HttpStatusCode Status, int? RetryAfterSeconds, JsonObject Body)> SendAsync(HttpClient http, string assertion)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "system/*.rs",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
        });
        using var response = await http.PostAsync("/auth/token", content);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType ?? string.Empty, StringComparison.Ordinal);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds, body);
    }
}
