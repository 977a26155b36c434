using Microsoft.IdentityModel.Tokens;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>Fetches a client's JWKS from its URL (typed HttpClient with retries and timeouts).</summary>
internal sealed class JwksClient(HttpClient http)
{
    public async Task<JsonWebKeySet> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        return new JsonWebKeySet(json);
    }
}
