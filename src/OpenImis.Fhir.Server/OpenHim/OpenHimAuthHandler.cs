using System.Net;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Signs each attempt (it sits inside the resilience handler, so a retried request gets a fresh
/// token timestamp) and drops cached credentials when the core answers 401.
/// </summary>
internal sealed class OpenHimAuthHandler(
    IOptionsMonitor<OpenHimOptions> options,
    BasicOpenHimAuthenticator basic,
    TokenOpenHimAuthenticator token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        IOpenHimAuthenticator authenticator = options.CurrentValue.AuthMode == OpenHimAuthMode.Token ? token : basic;
        await authenticator.AuthenticateAsync(request, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            authenticator.Invalidate();
        }

        return response;
    }
}
