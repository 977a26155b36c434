using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// Client assertions: only the asymmetric algorithms SMART names (so <c>alg: none</c> and HS256 keyed with a public
/// key fail by configuration), and the keys of the client the assertion claims to be, from its inline JWKS or its
/// JWKS URL (<see cref="JwksCache"/>). Runs after OpenIddict's own resolver, whose key lookup it replaces so that a
/// URL client's keys are fetched asynchronously and a new <c>kid</c> triggers a refresh.
/// </summary>
internal sealed class AssertionKeysHandler(IOpenIddictApplicationManager applications, JwksCache cache) : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseScopedHandler<AssertionKeysHandler>()
        .SetOrder(OpenIddictServerHandlers.Protection.ResolveTokenValidationParameters.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.ValidTokenTypes.Count != 1 || !context.ValidTokenTypes.Contains(OpenIddictConstants.TokenTypeIdentifiers.Private.ClientAssertion)
            || context.TokenValidationParameters is not { } parameters)
        {
            return;
        }

        parameters.ValidAlgorithms = SmartEndpoints.AssertionAlgorithms;
        parameters.IssuerSigningKeyResolver = null;
        parameters.IssuerSigningKeys = await KeysAsync(context.Token, context.CancellationToken);
    }

    private async Task<IReadOnlyList<SecurityKey>> KeysAsync(string? token, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return [];
        }

        // The issuer is not yet verified: it only chooses whose keys may have signed the assertion. OpenIddict then
        // requires iss = sub = the client, so one client's key can never speak for another.
        if (string.IsNullOrEmpty(jwt.Issuer) || await applications.FindByClientIdAsync(jwt.Issuer, cancellationToken) is not { } application)
        {
            return [];
        }

        var inline = await applications.GetJsonWebKeySetAsync(application, cancellationToken);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        if (properties.TryGetValue(ClientProperties.JwksUri, out var value) && value.ValueKind == JsonValueKind.String
            && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var url))
        {
            var kid = jwt.TryGetHeaderValue<string>("kid", out var header) ? header : null;
            return await cache.GetAsync(url, kid, inline, cancellationToken);
        }

        return inline is null ? [] : [.. inline.GetSigningKeys()];
    }
}
