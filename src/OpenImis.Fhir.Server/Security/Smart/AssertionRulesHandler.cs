using System.Globalization;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using OpenImis.Fhir.Server.Endpoints;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The SMART Backend Services rules OpenIddict leaves to the host, at the token endpoint: a client authenticates with
/// a signed assertion only (no secret, no anonymous client), whose <c>aud</c> is this token endpoint's URL, whose
/// <c>exp</c> is at most <c>AssertionMaxMinutes</c> ahead, and whose <c>jti</c> was never redeemed before. It runs
/// right after the signature check, before OpenIddict's own claim checks, so that every refused assertion answers
/// <c>invalid_client</c> as RFC 7523 (3.2) asks; OpenIddict would answer some with <c>invalid_grant</c>.
/// </summary>
internal sealed class AssertionRulesHandler(ReplayGuard replays, IOptions<SmartOptions> options, TimeProvider clock) : IOpenIddictServerHandler<ProcessAuthenticationContext>
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
        .UseScopedHandler<AssertionRulesHandler>()
        .SetOrder(OpenIddictServerHandlers.ValidateClientAssertion.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token)
        {
            return;
        }

        if (context.ClientAssertionPrincipal is not { } assertion)
        {
            context.Reject(Errors.InvalidClient,
                "This server authenticates clients with private_key_jwt only: send client_assertion_type "
                + "urn:ietf:params:oauth:client-assertion-type:jwt-bearer and a client_assertion signed with your registered key.");
            return;
        }

        var clientId = assertion.GetClaim(Claims.Issuer);
        if (string.IsNullOrEmpty(clientId) || assertion.GetClaim(Claims.Subject) != clientId)
        {
            context.Reject(Errors.InvalidClient, "The client assertion's iss and sub must both be the client id.");
            return;
        }

        var http = context.Transaction.GetHttpRequest()?.HttpContext
            ?? throw new InvalidOperationException("The token endpoint runs outside ASP.NET Core.");
        var tokenEndpoint = SmartEndpoints.Root(BaseUrlResolver.Resolve(http)) + SmartEndpoints.TokenPath;
        if (!assertion.GetClaims(Claims.Audience).Contains(tokenEndpoint, StringComparer.Ordinal))
        {
            context.Reject(Errors.InvalidClient, $"The client assertion's aud must be this token endpoint, {tokenEndpoint}.");
            return;
        }

        var now = clock.GetUtcNow();
        var expires = Expiry(assertion);
        if (expires is null || expires < now - Skew)
        {
            context.Reject(Errors.InvalidClient, "The client assertion has expired (or has no exp).");
            return;
        }

        if (expires > now + TimeSpan.FromMinutes(options.Value.AssertionMaxMinutes) + Skew)
        {
            context.Reject(Errors.InvalidClient, $"The client assertion's exp must be at most {options.Value.AssertionMaxMinutes} minutes ahead.");
            return;
        }

        var jti = assertion.GetClaim(Claims.JwtId);
        if (string.IsNullOrEmpty(jti))
        {
            context.Reject(Errors.InvalidClient, "The client assertion needs a jti.");
            return;
        }

        if (!await replays.TryRedeemAsync(clientId, jti, expires.Value.UtcDateTime, context.CancellationToken))
        {
            context.Reject(Errors.InvalidClient, "This client assertion was used before (jti replayed): sign a new one for each token request.");
        }
    }

    // The later of the standard exp and OpenIddict's own expiration claim: an assertion may not stretch either.
    private static DateTimeOffset? Expiry(System.Security.Claims.ClaimsPrincipal assertion)
    {
        DateTimeOffset? exp = long.TryParse(assertion.GetClaim(Claims.ExpiresAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
        var internalDate = assertion.GetExpirationDate();
        return exp is null ? internalDate : internalDate is null || internalDate < exp ? exp : internalDate;
    }
}
