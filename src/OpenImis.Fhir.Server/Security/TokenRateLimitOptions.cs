namespace OpenImis.Fhir.Server.Security;

/// <summary>
/// The <c>RateLimit:Token</c> section: fixed windows over the SMART token endpoint (<c>/auth/token</c>), one per
/// client id the request names and one per remote address.
/// </summary>
internal sealed class TokenRateLimitOptions
{
    public const string SectionName = "RateLimit:Token";

    /// <summary>Unset: as <c>RateLimit:Enabled</c> when that is set, else on; only <c>Auth:Mode smart</c> has a token endpoint here.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Token requests naming one client id per window; a client needs about one per access token lifetime.</summary>
    public int PermitLimit { get; set; } = 20;

    /// <summary>Token requests from one remote address per window, whatever client they name.</summary>
    public int AddressPermitLimit { get; set; } = 60;

    /// <summary>The window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
