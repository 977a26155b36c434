using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OpenImis.Fhir.Server.Security;

/// <summary>Mode oidc: JwtBearer against an external provider's discovery document and JWKS (refreshed on an unknown key).</summary>
internal static class OidcSetup
{
    /// <summary>Asymmetric only: an HS256 token "signed" with a public key, or an unsigned one, never passes.</summary>
    private static readonly string[] Algorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];

    public static void Add(IServiceCollection services, AuthOptions auth)
    {
        if (string.IsNullOrWhiteSpace(auth.Authority) || string.IsNullOrWhiteSpace(auth.Audience))
        {
            throw new InvalidOperationException(
                "Auth:Mode oidc needs Auth:Authority (the provider's issuer URL, e.g. https://keycloak.example.org/realms/openimis) "
                + "and Auth:Audience (the audience its tokens carry for this server).");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = auth.Authority;
            options.Audience = auth.Audience;
            options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            // The claims stay as the provider names them (sub, scope, azp), which Auth:*Claim settings refer to.
            options.MapInboundClaims = false;
            options.RefreshOnIssuerKeyNotFound = true;
            options.TokenValidationParameters.ValidAlgorithms = Algorithms;
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            options.TokenValidationParameters.RequireExpirationTime = true;
        });
    }
}
