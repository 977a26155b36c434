using System.Security.Claims;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// Answers an authenticated client_credentials request: an access token for the client with the requested scopes
/// cut to those it is registered with (<see cref="ClientScopeGrant"/>); none left is <c>invalid_scope</c>.
/// </summary>
internal sealed class ClientCredentialsHandler(IOpenIddictApplicationManager applications, IOptions<SmartOptions> options) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>()
        .UseScopedHandler<ClientCredentialsHandler>()
        .SetOrder(int.MaxValue - 100_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(Errors.UnsupportedGrantType, "Only grant_type=client_credentials is supported.");
            return;
        }

        var clientId = context.ClientId ?? context.Request.ClientId;
        var application = clientId is null ? null : await applications.FindByClientIdAsync(clientId, context.CancellationToken);
        if (application is null)
        {
            context.Reject(Errors.InvalidClient, "Unknown client.");
            return;
        }

        var requested = context.Request.GetScopes();
        if (requested.IsEmpty)
        {
            context.Reject(Errors.InvalidScope, "The request needs a scope, e.g. scope=system/*.rs.");
            return;
        }

        var allowed = ClientScopes.Of(await applications.GetPermissionsAsync(application, context.CancellationToken));
        var granted = ClientScopeGrant.Intersect(requested, allowed);
        if (granted.Count == 0)
        {
            context.Reject(Errors.InvalidScope, $"None of the requested scopes is allowed for this client; it may ask for: {string.Join(' ', allowed)}.");
            return;
        }

        var identity = new ClaimsIdentity(authenticationType: "smart", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.AuthorizedParty, clientId);
        identity.SetScopes(granted);
        identity.SetResources(options.Value.Audience);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        context.SignIn(new ClaimsPrincipal(identity));
    }
}
