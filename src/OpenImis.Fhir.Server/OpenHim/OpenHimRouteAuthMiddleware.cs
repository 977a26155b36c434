using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Accepts FHIR requests only with the route's Basic credentials (the username and password the
/// OpenHIM channel route sends), when they are configured; without them, lets everything through.
/// </summary>
internal sealed class OpenHimRouteAuthMiddleware(RequestDelegate next, IOptionsMonitor<OpenHimOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.CurrentValue;
        if (!settings.RouteAuth.IsConfigured
            || !context.Request.Path.StartsWithSegments(settings.FhirPath)
            || HasValidCredentials(context.Request, settings.RouteAuth))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"openIMIS FHIR\", charset=\"UTF-8\"";
        context.Response.ContentType = OperationOutcomeJson.ContentType;
        await context.Response.WriteAsync(OperationOutcomeJson.Create(
            "error", "login", "This FHIR endpoint requires the HTTP Basic credentials of the OpenHIM route."));
    }

    private static bool HasValidCredentials(HttpRequest request, OpenHimRouteAuthOptions routeAuth)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromBase64String(header.Parameter);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes($"{routeAuth.Username}:{routeAuth.Password}");
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
