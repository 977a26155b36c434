namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>The <c>Auth:Smart</c> section: the built-in SMART Backend Services authorization server.</summary>
internal sealed class SmartOptions
{
    public const string SectionName = "Auth:Smart";

    /// <summary>How long an access token lives.</summary>
    public int AccessTokenMinutes { get; set; } = 5;

    /// <summary>The furthest ahead a client assertion's <c>exp</c> may be (SMART: no more than five minutes).</summary>
    public int AssertionMaxMinutes { get; set; } = 5;

    /// <summary>The token signing key (PEM with an RSA or EC private key, or PFX); unset keeps a generated key in the database.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>The PFX password, if any.</summary>
    public string? SigningKeyPassword { get; set; }

    /// <summary>The issuer put in access tokens and required of them; unset uses the server's root URL as a request reaches it.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience put in access tokens and required of them.</summary>
    public string Audience { get; set; } = "openimis-fhir";

    /// <summary>Refuse the token endpoint over plain HTTP (off only behind a TLS-terminating proxy or in tests).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>How long a client's JWKS fetched from its URL is trusted before it is fetched again.</summary>
    public int JwksCacheMinutes { get; set; } = 10;

    /// <summary>The least time between two fetches of one JWKS URL caused by an unknown <c>kid</c>.</summary>
    public int JwksRefreshSeconds { get; set; } = 10;
}
