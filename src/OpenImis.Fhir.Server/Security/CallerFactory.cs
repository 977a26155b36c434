using System.Security.Claims;
using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Security;

/// <summary>Builds the engine's <see cref="FhirCaller"/> from a validated token's claims.</summary>
internal static class CallerFactory
{
    public static FhirCaller Create(ClaimsPrincipal principal, AuthOptions options)
    {
        // Keycloak sends "scope" as one space-separated string, Entra ID "scp" as an array: read both forms of both.
        var scopes = new[] { options.ScopeClaim, "scope", "scp" }.Distinct(StringComparer.Ordinal)
            .SelectMany(type => principal.FindAll(type))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var clientId = options.ClientIdClaim is { Length: > 0 } claim
            ? principal.FindFirst(claim)?.Value
            : principal.FindFirst("azp")?.Value ?? principal.FindFirst("client_id")?.Value;
        return new FhirCaller
        {
            ClientId = clientId,
            Subject = principal.FindFirst("sub")?.Value,
            Scopes = scopes,
            UserName = principal.FindFirst(options.UserClaim)?.Value,
        };
    }
}
