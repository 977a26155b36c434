using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>An external OpenID Connect provider: WireMock serves discovery and JWKS, real RSA keys sign real tokens.</summary>
public sealed class FakeIdentityProvider : IDisposable
{
    public const string Audience = "openimis-fhir";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly List<(string Kid, RSA Key)> _keys = [];

    public FakeIdentityProvider()
    {
        AddKey("key-1");
        _server.Given(Request.Create().WithPath("/.well-known/openid-configuration").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(new JsonObject
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = Issuer + "/jwks",
                ["token_endpoint"] = Issuer + "/token",
                ["authorization_endpoint"] = Issuer + "/auth",
                ["grant_types_supported"] = new JsonArray("client_credentials"),
            }.ToJsonString()));
    }

    public string Issuer => _server.Url!;

    /// <summary>The server settings of <c>Auth:Mode oidc</c> trusting this provider over plain HTTP.</summary>
    public Dictionary<string, string?> ServerSettings() => new()
    {
        ["Auth:Mode"] = "oidc",
        ["Auth:Authority"] = Issuer,
        ["Auth:Audience"] = Audience,
        ["Auth:RequireHttpsMetadata"] = "false",
    };

    public string CurrentKid => _keys[^1].Kid;

    /// <summary>Publishes a new key beside the old ones; tokens signed from now on carry its kid.</summary>
    public void AddKey(string kid)
    {
        _keys.Add((kid, RSA.Create(2048)));
        var keys = new JsonArray();
        foreach (var (id, key) in _keys)
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.ExportParameters(false)) { KeyId = id });
            keys.Add(new JsonObject { ["kty"] = "RSA", ["kid"] = id, ["use"] = "sig", ["alg"] = "RS256", ["n"] = jwk.N, ["e"] = jwk.E });
        }

        _server.Given(Request.Create().WithPath("/jwks").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(new JsonObject { ["keys"] = keys }.ToJsonString()));
    }

    /// <summary>A token signed with the current key; each part can be spoiled by a test.</summary>
    public string Token(string scope = "system/*.cruds", string? issuer = null, string audience = Audience,
        DateTime? notBefore = null, DateTime? expires = null, string? kid = null, RSA? key = null, string clientId = "test-client",
        string? user = "Admin")
    {
        var now = DateTime.UtcNow;
        var signingKey = key ?? _keys.Single(k => k.Kid == (kid ?? CurrentKid)).Key;
        var claims = new Dictionary<string, object> { ["scope"] = scope, ["azp"] = clientId, ["sub"] = "service-account-" + clientId };
        if (user is not null)
        {
            claims["preferred_username"] = user;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = notBefore ?? now,
            NotBefore = notBefore ?? now.AddSeconds(-5),
            Expires = expires ?? now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey) { KeyId = kid ?? CurrentKid }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with valid claims.</summary>
    public string UnsignedToken()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = Audience, ["nbf"] = now - 5, ["exp"] = now + 300, ["scope"] = "system/*.cruds", ["azp"] = "test-client",
        }.ToJsonString());
        return $"{header}.{payload}.";
    }

    /// <summary>The classic confusion attack: HS256 "signed" with the provider's public key as the shared secret.</summary>
    public string PublicKeyHmacToken()
    {
        var secret = Encoding.UTF8.GetBytes(_keys[^1].Key.ExportSubjectPublicKeyInfoPem());
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["scope"] = "system/*.cruds", ["azp"] = "test-client" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = CurrentKid }, SecurityAlgorithms.HmacSha256),
        });
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        foreach (var (_, key) in _keys)
        {
            key.Dispose();
        }
    }
}
