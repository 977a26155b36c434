using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>
/// A SMART Backend Services client as an integrator writes it: its own key pair (RS384 or ES384), a JWKS with the
/// public half, and a signed client assertion per token request. Every part of the assertion can be spoiled.
/// </summary>
internal sealed class SmartTestClient : IDisposable
{
    private readonly List<(string Kid, AsymmetricSecurityKey Key, string Algorithm, IDisposable Owner)> _keys = [];

    public SmartTestClient(string? clientId = null, bool ec = false)
    {
        ClientId = clientId ?? $"client-{Guid.NewGuid():N}";
        AddKey(ec);
    }

    public string ClientId { get; }

    public string CurrentKid => _keys[^1].Kid;

    /// <summary>A new key pair, used for assertions from now on; the JWKS lists all keys made so far.</summary>
    public string AddKey(bool ec = false)
    {
        var kid = $"key-{_keys.Count + 1}-{Guid.NewGuid():N}";
        if (ec)
        {
            var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
            _keys.Add((kid, new ECDsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.EcdsaSha384, key));
        }
        else
        {
            var key = RSA.Create(2048);
            _keys.Add((kid, new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha384, key));
        }

        return kid;
    }

    /// <summary>The current private key, with its kid (for attacks that borrow it).</summary>
    public SecurityKey SigningKey() => _keys[^1].Key;

    /// <summary>The public keys only, as the client publishes them.</summary>
    public string Jwks(bool currentOnly = false)
    {
        var keys = new JsonArray();
        foreach (var (kid, key, algorithm, _) in currentOnly ? _keys.TakeLast(1) : _keys)
        {
            var jwk = key switch
            {
                RsaSecurityKey rsa => JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.Rsa.ExportParameters(false))),
                ECDsaSecurityKey ecdsa => JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(ecdsa.ECDsa.ExportParameters(false)))),
                _ => throw new InvalidOperationException(),
            };
            var node = new JsonObject { ["kty"] = jwk.Kty, ["kid"] = kid, ["use"] = "sig", ["alg"] = algorithm };
            foreach (var (name, value) in new[] { ("n", jwk.N), ("e", jwk.E), ("crv", jwk.Crv), ("x", jwk.X), ("y", jwk.Y) })
            {
                if (value is not null)
                {
                    node[name] = value;
                }
            }

            keys.Add(node);
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    /// <summary>A signed assertion; by default a valid one for this client and the test server's token endpoint.</summary>
    public string Assertion(string? issuer = null, string? subject = null, string audience = SmartServerFixture.TokenEndpoint,
        DateTime? expires = null, string? jti = null, string? kid = null, SecurityKey? key = null, string? algorithm = null)
    {
        var (_, currentKey, currentAlgorithm, _) = kid is null ? _keys[^1] : _keys.Single(k => k.Kid == kid);
        var signingKey = key ?? currentKey;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? ClientId,
            Audience = audience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(4),
            Claims = new Dictionary<string, object> { ["sub"] = subject ?? issuer ?? ClientId, ["jti"] = jti ?? Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(signingKey, algorithm ?? currentAlgorithm),
        });
    }

    /// <summary>An unsigned assertion (<c>alg: none</c>) with valid claims.</summary>
    public string UnsignedAssertion()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{CurrentKid}}"}""");
        var payload = Base64UrlEncoder.Encode(new JsonObject
        {
            ["iss"] = ClientId, ["sub"] = ClientId, ["aud"] = SmartServerFixture.TokenEndpoint, ["exp"] = now + 240, ["jti"] = Guid.NewGuid().ToString("N"),
        }.ToJsonString());
        return $"{header}.{payload}.";
    }

    /// <summary>The confusion attack: HS256 "signed" with the client's registered public key as the shared secret.</summary>
    public string PublicKeyHmacAssertion()
    {
        var secret = Encoding.UTF8.GetBytes(Jwks(currentOnly: true));
        return Assertion(key: new SymmetricSecurityKey(secret) { KeyId = CurrentKid }, algorithm: SecurityAlgorithms.HmacSha256);
    }

    /// <summary>POSTs a client_credentials request with <paramref name="assertion"/>, as RFC 7523 and SMART describe.</summary>
    public static async Task<TokenAnswer> RequestTokenAsync(HttpClient http, string assertion, string scope = "system/*.rs", string? clientSecret = null, string? clientId = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = scope };
        if (clientSecret is null)
        {
            form["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            form["client_assertion"] = assertion;
        }
        else
        {
            form["client_id"] = clientId!;
            form["client_secret"] = clientSecret;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync("/auth/token", content);
        var body = JsonSerializer.Deserialize<JsonObject>(await response.Content.ReadAsStringAsync()) ?? [];
        return new TokenAnswer((int)response.StatusCode, body);
    }

    public void Dispose()
    {
        foreach (var (_, _, _, owner) in _keys)
        {
            owner.Dispose();
        }
    }
}
