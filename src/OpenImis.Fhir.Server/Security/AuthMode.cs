namespace OpenImis.Fhir.Server.Security;

/// <summary>How callers authenticate (<c>Auth:Mode</c>).</summary>
internal enum AuthMode
{
    /// <summary>No authentication: loopback only, unless <c>Auth:AllowAnonymousOnNetwork</c>.</summary>
    None,

    /// <summary>The server is its own authorization server (SMART Backend Services, OpenIddict).</summary>
    Smart,

    /// <summary>Tokens from an external OpenID Connect provider, validated through its discovery document.</summary>
    Oidc,
}
