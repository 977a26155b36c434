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
/// JWKS URL (<see cref="JwksCache"/>), with SMART's typ and aud in place of OpenIddict 7's. Runs after OpenIddict's own resolver, whose key lookup it replaces so that a
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

        // OpenIddict 7 wants aud = its issuer (RFC 7523bis); SMART wants the token endpoint's URL.
        // AssertionRulesHandler checks that, answering invalid_client as RFC 7523 asks, so OpenIddict's check is off.
        context.ValidAudiences.Clear();
        parameters.ValidAlgorithms = SmartEndpoints.AssertionAlgorithms;
        parameters.TypeValidator = ValidateType;
        parameters.IssuerSigningKeyResolver = null;
        parameters.IssuerSigningKeys = await KeysAsync(context.Token, context.CancellationToken);
    }

    /// <summary>
    /// SMART Backend Services has clients type their assertion <c>JWT</c>; OpenIddict 7 expects the newer
    /// <c>client-authentication+jwt</c> (RFC 7523bis) and would read <c>JWT</c> as an identity token. Both are
    /// accepted and reported to OpenIddict as the latter; any other type (an access token's <c>at+jwt</c>) is refused.
    /// </summary>
    internal static string ValidateType(string? type, SecurityToken token, TokenValidationParameters parameters) =>
        string.IsNullOrEmpty(type) || type is "JWT" or "client-authentication+jwt" or "application/client-authentication+jwt"
            ? "client-authentication+jwt"
            : throw new SecurityTokenInvalidTypeException($"A client assertion must be typed JWT, not '{type}'.") { InvalidType = type };

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
