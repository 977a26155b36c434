using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>Forged, stale, replayed or misdirected client assertions never get a token.</summary>
public sealed class SmartAssertionAttackTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>
{
    public static TheoryData<string> Attacks =>
    [
        "other-clients-key", "claims-other-client", "wrong-audience", "fhir-base-audience", "expired", "exp-too-far-ahead",
        "alg-none", "hs256-public-key", "unknown-kid", "unknown-client", "no-jti", "subject-differs",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Token_IsRefusedWithInvalidClient_WhenTheAssertionIsForged(string attack)
    {
        using var victim = new SmartTestClient();
        using var attacker = new SmartTestClient();
        await server.RegisterAsync(victim, "system/*.cruds");
        await server.RegisterAsync(attacker, "system/Patient.rs");
        using var stranger = RSA.Create(2048);
        var assertion = attack switch
        {
            // The attacker names the victim and signs with its own (registered) key, kid and all.
            "other-clients-key" => victim.Assertion(key: AttackerKey(attacker), algorithm: SecurityAlgorithms.RsaSha384),
            "claims-other-client" => attacker.Assertion(issuer: victim.ClientId),
            "wrong-audience" => victim.Assertion(audience: "https://elsewhere.example.org/auth/token"),
            "fhir-base-audience" => victim.Assertion(audience: "http://localhost/fhir"),
            "expired" => victim.Assertion(expires: DateTime.UtcNow.AddMinutes(-2)),
            "exp-too-far-ahead" => victim.Assertion(expires: DateTime.UtcNow.AddMinutes(30)),
            "alg-none" => victim.UnsignedAssertion(),
            "hs256-public-key" => victim.PublicKeyHmacAssertion(),
            "unknown-kid" => victim.Assertion(key: new RsaSecurityKey(stranger) { KeyId = "not-registered" }),
            "unknown-client" => new SmartTestClient("never-registered").Assertion(),
            "no-jti" => victim.Assertion(jti: string.Empty),
            _ => victim.Assertion(subject: attacker.ClientId),
        };
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, assertion);

        Assert.True(answer.Status is 400 or 401, answer.ToString());
        Assert.True(answer.Error == "invalid_client", answer.ToString());
        Assert.Null(answer.AccessToken);
    }

    [Fact]
    public async Task Token_IsRefused_WhenTheAssertionIsReplayed()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        using var http = server.CreateClient();
        var assertion = client.Assertion();

        var first = await SmartTestClient.RequestTokenAsync(http, assertion);
        var replay = await SmartTestClient.RequestTokenAsync(http, assertion);

        Assert.Equal(200, first.Status);
        Assert.True(replay.Status is 400 or 401 && replay.Error == "invalid_client", replay.ToString());
    }

    [Fact]
    public async Task Token_IsGrantedOnce_WhenOneAssertionIsSentByTenClientsAtOnce()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        var assertion = client.Assertion();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var http = server.CreateClient();
            return await SmartTestClient.RequestTokenAsync(http, assertion);
        }));

        Assert.Single(answers, a => a.Status == 200);
        Assert.All(answers.Where(a => a.Status != 200), a => Assert.Equal("invalid_client", a.Error));
    }

    [Fact]
    public async Task Token_IsRefused_WhenTheClientSendsASecretInsteadOfAnAssertion()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, string.Empty, clientSecret: "guess", clientId: client.ClientId);

        Assert.True(answer.Status is 400 or 401 && answer.Error == "invalid_client", answer.ToString());
    }

    [Fact]
    public async Task Token_IsRefused_WhenTheClientWasRemoved()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        using var http = server.CreateClient();
        Assert.Equal(200, (await SmartTestClient.RequestTokenAsync(http, client.Assertion())).Status);

        var printed = await server.ClientsAsync("remove", "--id", client.ClientId);
        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion());

        Assert.Contains($"Removed client '{client.ClientId}'", printed, StringComparison.Ordinal);
        Assert.True(answer.Status is 400 or 401 && answer.Error == "invalid_client", answer.ToString());
    }

    [Fact]
    public async Task Token_IsRefusedWithUnsupportedGrantType_WhenTheGrantIsNotClientCredentials()
    {
        using var http = server.CreateClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = "Admin", ["password"] = "x" });

        using var response = await http.PostAsync("/auth/token", content);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", body["error"]!.GetValue<string>());
    }

    // The attacker's own private key, carrying the attacker's kid, which is registered (to the attacker).
    private static SecurityKey AttackerKey(SmartTestClient attacker) => attacker.SigningKey();
}
