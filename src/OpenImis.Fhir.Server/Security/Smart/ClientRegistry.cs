using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>Registers, lists and removes SMART Backend Services clients (OpenIddict applications).</summary>
internal sealed class ClientRegistry(IOpenIddictApplicationManager applications, JwksClient jwks)
{
    public async Task AddAsync(ClientRegistration client, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(client.ClientId) || client.ClientId.Length > 100)
        {
            throw new ArgumentException("A client id is required (at most 100 characters).");
        }

        if (client.Scopes.Count == 0)
        {
            throw new ArgumentException("A client needs at least one scope, e.g. --scopes \"system/*.rs\".");
        }

        if ((client.JwksJson is null) == (client.JwksUrl is null))
        {
            throw new ArgumentException("Give the client's public keys with exactly one of --jwks-file or --jwks-url.");
        }

        if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is not null)
        {
            throw new ArgumentException($"A client '{client.ClientId}' exists already: remove it first.");
        }

        // A URL client's keys are fetched now, which proves the URL answers; the copy is the fallback when the URL
        // does not answer later, and OpenIddict requires a confidential client to have a signing key or a secret.
        var keys = client.JwksUrl is { } url ? await jwks.FetchAsync(url, cancellationToken) : Parse(client.JwksJson!);
        Check(keys);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.ClientId,
            JsonWebKeySet = keys,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        descriptor.Permissions.UnionWith(ClientScopes.AsPermissions(client.Scopes));
        if (client.JwksUrl is not null)
        {
            descriptor.Properties[ClientProperties.JwksUri] = JsonSerializer.SerializeToElement(client.JwksUrl.AbsoluteUri);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
    }

    public async Task<IReadOnlyList<ClientSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ClientSummary>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken))
        {
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            var keys = await applications.GetJsonWebKeySetAsync(application, cancellationToken);
            list.Add(new ClientSummary(
                await applications.GetClientIdAsync(application, cancellationToken) ?? string.Empty,
                properties.TryGetValue(ClientProperties.JwksUri, out var uri) ? uri.GetString() : null,
                keys?.Keys.Select(k => k.Kid ?? "(no kid)").ToList() ?? [],
                ClientScopes.Of(await applications.GetPermissionsAsync(application, cancellationToken))));
        }

        return list;
    }

    public async Task<bool> RemoveAsync(string clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    private static JsonWebKeySet Parse(string json)
    {
        try
        {
            return new JsonWebKeySet(json);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The JWKS is not a JSON Web Key Set: {e.Message}", e);
        }
    }

    // Public keys only, and only the kinds SMART clients sign with.
    private static void Check(JsonWebKeySet keys)
    {
        if (keys.Keys.Count == 0 || keys.Keys.Any(k => k.Kty is not (JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve)))
        {
            throw new ArgumentException("The JWKS must hold at least one key, each RSA or EC (the client's public keys).");
        }

        if (keys.Keys.Any(k => k.D is not null || k.P is not null))
        {
            throw new ArgumentException("The JWKS holds a private key: register the client's public keys only, and keep the private key with the client.");
        }

        // A key IdentityModel cannot turn into a signature key (use "enc", a point off its curve) would fail every
        // assertion later; say so now.
        if (keys.GetSigningKeys().Count != keys.Keys.Count)
        {
            throw new ArgumentException("Some key of the JWKS cannot verify signatures (\"use\" other than \"sig\", or a malformed key).");
        }
    }
}
