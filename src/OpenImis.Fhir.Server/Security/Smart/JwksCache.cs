using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The JWKS of clients registered with a URL: fetched on first use, kept for <c>JwksCacheMinutes</c>, fetched again
/// at once when an assertion names a <c>kid</c> the cached set lacks (a client rotating its key), but not more
/// often than every <c>JwksRefreshSeconds</c> per URL, so that assertions with made-up kids cannot make the server
/// hammer the client's host. A failed fetch keeps the last set it had.
/// </summary>
internal sealed class JwksCache(IServiceScopeFactory scopes, IOptions<SmartOptions> options, TimeProvider clock, ILogger<JwksCache> logger)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<SecurityKey>> GetAsync(Uri url, string? kid, JsonWebKeySet? fallback, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var cached = _entries.GetValueOrDefault(url.AbsoluteUri);
        var fresh = cached is not null && now - cached.FetchedAt < TimeSpan.FromMinutes(settings.JwksCacheMinutes);
        var knowsKid = cached is not null && (kid is null || cached.Keys.Keys.Any(k => k.Kid == kid));
        var mayRefetch = cached is null || now - cached.FetchedAt >= TimeSpan.FromSeconds(settings.JwksRefreshSeconds);
        if (cached is not null && ((fresh && knowsKid) || !mayRefetch))
        {
            return [.. cached.Keys.GetSigningKeys()];
        }

        // Whatever failed (network, status, a body that is no JWKS, the resilience pipeline giving up), the last
        // good set serves on.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<JwksClient>().FetchAsync(url, cancellationToken);
            _entries[url.AbsoluteUri] = new Entry(keys, now);
            return [.. keys.GetSigningKeys()];
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not fetch the JWKS at {Url}; using the keys known before", url);
            var known = cached?.Keys ?? fallback;
            return known is null ? [] : [.. known.GetSigningKeys()];
        }
    }

    private sealed record Entry(JsonWebKeySet Keys, DateTimeOffset FetchedAt);
}
