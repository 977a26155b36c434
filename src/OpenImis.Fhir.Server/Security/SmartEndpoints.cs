using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OpenImis.Fhir.Server.Security;

/// <summary>
/// Where clients get tokens: the server's own token endpoint in mode smart, the external provider's (from its
/// discovery document, through the same configuration manager that validates the tokens) in mode oidc.
/// </summary>
internal sealed class SmartEndpoints(IOptions<AuthOptions> options, IOptionsMonitor<JwtBearerOptions> bearer)
{
    public const string TokenPath = "/auth/token";

    public const string JwksPath = "/auth/jwks";

    /// <summary>The signing algorithms the built-in server accepts for client assertions.</summary>
    public static readonly string[] AssertionAlgorithms = ["RS384", "ES384", "RS256", "ES256", "RS512", "ES512"];

    public AuthMode Mode => options.Value.Mode;

    public string AdminScope => options.Value.AdminScope;

    /// <summary>The server's root (its FHIR base URL without <c>/fhir</c>).</summary>
    public static string Root(string fhirBaseUrl) =>
        fhirBaseUrl.EndsWith("/fhir", StringComparison.OrdinalIgnoreCase) ? fhirBaseUrl[..^"/fhir".Length] : fhirBaseUrl;

    public string TokenEndpoint(string fhirBaseUrl) => Mode == AuthMode.Smart
        ? Root(fhirBaseUrl) + TokenPath
        // The CapabilityStatement is built synchronously; the configuration manager caches the document after its
        // first read (the first token validated, or the smart-configuration endpoint), so this rarely waits.
        : ExternalAsync(CancellationToken.None).GetAwaiter().GetResult().TokenEndpoint;

    /// <summary>The provider's authorization endpoint, if it has one (a backend-services-only server has none).</summary>
    public string? AuthorizeEndpoint() => Mode == AuthMode.Smart
        ? null
        : ExternalAsync(CancellationToken.None).GetAwaiter().GetResult().AuthorizationEndpoint is { Length: > 0 } authorize ? authorize : null;

    public async Task<OpenIdConnectConfiguration> ExternalAsync(CancellationToken cancellationToken)
    {
        var manager = bearer.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException("Auth:Mode oidc has no configuration manager: set Auth:Authority.");
        return await manager.GetConfigurationAsync(cancellationToken);
    }
}
