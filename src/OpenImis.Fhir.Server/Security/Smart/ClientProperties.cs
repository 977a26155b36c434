namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>The names this server keeps in an OpenIddict application's properties.</summary>
internal static class ClientProperties
{
    /// <summary>The client's JWKS URL; the inline set is then only the copy fetched at registration.</summary>
    public const string JwksUri = "jwks_uri";
}
