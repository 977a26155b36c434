using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OpenImis.Fhir.Server.Security;

/// <summary>The authentication scheme that validates API tokens in each mode.</summary>
internal static class AuthSchemes
{
    public static string For(AuthMode mode) => mode switch
    {
        AuthMode.Oidc => JwtBearerDefaults.AuthenticationScheme,
        AuthMode.Smart => Smart.SmartSetup.Scheme,
        _ => throw new InvalidOperationException($"Auth:Mode {mode} has no token validation on this server."),
    };
}
