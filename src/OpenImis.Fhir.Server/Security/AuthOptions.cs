namespace OpenImis.Fhir.Server.Security;

/// <summary>The <c>Auth</c> section.</summary>
internal sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public AuthMode Mode { get; set; } = AuthMode.None;

    /// <summary>Lets mode none listen beyond loopback; logs a warning at every start.</summary>
    public bool AllowAnonymousOnNetwork { get; set; }

    /// <summary>The scope the operator surfaces (the /jobs dashboard, /health details) need when auth is on.</summary>
    public string AdminScope { get; set; } = "system/admin";

    /// <summary>oidc: the provider's issuer URL, whose /.well-known/openid-configuration is read.</summary>
    public string? Authority { get; set; }

    /// <summary>oidc: the audience the tokens must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim with the granted scopes: a space-separated string or an array (both <c>scope</c> and <c>scp</c> are read).</summary>
    public string ScopeClaim { get; set; } = "scope";

    /// <summary>The claim with the client id; unset reads <c>azp</c>, then <c>client_id</c>.</summary>
    public string? ClientIdClaim { get; set; }

    /// <summary>The claim with the openIMIS login name.</summary>
    public string UserClaim { get; set; } = "preferred_username";

    /// <summary>oidc: refuse a discovery document over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsOn => Mode != AuthMode.None;
}
