using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// The legacy token scheme: fetch the user's salt once (GET /authenticate/{email}), then sign every
/// request with auth-username, auth-ts, auth-salt and auth-token. The core accepts a timestamp only
/// within ±10 s of its own clock, so the offset to the core's clock, read from the same answer, is
/// applied to every timestamp.
/// </summary>
internal sealed class TokenOpenHimAuthenticator(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<OpenHimOptions> options,
    TimeProvider timeProvider) : IOpenHimAuthenticator, IDisposable
{
    public const string HttpClientName = "OpenHim.Authenticate";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Session? _session;

    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var session = _session ?? await StartSessionAsync(cancellationToken);
        var timestamp = OpenHimToken.FormatTimestamp(timeProvider.GetUtcNow() + session.ClockOffset);
        var requestSalt = Guid.NewGuid().ToString();

        request.Headers.Remove("auth-username");
        request.Headers.Remove("auth-ts");
        request.Headers.Remove("auth-salt");
        request.Headers.Remove("auth-token");
        request.Headers.Add("auth-username", session.Username);
        request.Headers.Add("auth-ts", timestamp);
        request.Headers.Add("auth-salt", requestSalt);
        request.Headers.Add("auth-token", OpenHimToken.Sign(session.PasswordHash, requestSalt, timestamp));
    }

    public void Invalidate() => _session = null;

    public void Dispose() => _gate.Dispose();

    private async Task<Session> StartSessionAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_session is { } existing)
            {
                return existing;
            }

            var current = options.CurrentValue;
            var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.GetAsync(new Uri($"authenticate/{EscapeEmail(current.Username)}", UriKind.Relative), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new OpenHimApiException(response.StatusCode, $"GET /authenticate/{current.Username} answered {(int)response.StatusCode}; the user needs a token passport (OpenHIM v8: use Basic).");
            }

            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
                ?? throw new OpenHimApiException(response.StatusCode, "GET /authenticate answered an empty body.");
            var salt = (string?)body["salt"] ?? throw new OpenHimApiException(response.StatusCode, "GET /authenticate answered no salt.");
            var offset = DateTimeOffset.TryParse((string?)body["ts"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var coreNow)
                ? coreNow - timeProvider.GetUtcNow()
                : TimeSpan.Zero;

            var session = new Session(current.Username, OpenHimToken.HashPassword(salt, current.Password), offset);
            _session = session;
            return session;
        }
        finally
        {
            _gate.Release();
        }
    }

    // '@' is legal in a path segment and is what the JavaScript clients send; escape the rest.
    private static string EscapeEmail(string email) => Uri.EscapeDataString(email).Replace("%40", "@", StringComparison.Ordinal);

    private sealed record Session(string Username, string PasswordHash, TimeSpan ClockOffset);
}
