using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>HTTP Basic with the core user's email and password; no GET /authenticate pre-call (v8 local users have no salt).</summary>
internal sealed class BasicOpenHimAuthenticator(IOptionsMonitor<OpenHimOptions> options) : IOpenHimAuthenticator
{
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{current.Username}:{current.Password}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return ValueTask.CompletedTask;
    }

    public void Invalidate()
    {
        // Nothing is cached: every request carries the configured credentials.
    }
}
