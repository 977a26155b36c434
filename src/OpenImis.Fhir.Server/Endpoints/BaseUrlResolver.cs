using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// The base URL put in every absolute URL: <c>Fhir:BaseUrl</c> when set (it may change at run time), else the
/// request's own, honouring X-Forwarded-Proto and X-Forwarded-Host from a proxy such as OpenHIM.
/// </summary>
internal static class BaseUrlResolver
{
    public static string Resolve(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptionsMonitor<FhirServerOptions>>().CurrentValue.BaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        var request = context.Request;
        var scheme = First(request.Headers["X-Forwarded-Proto"]) ?? request.Scheme;
        var host = First(request.Headers["X-Forwarded-Host"]) ?? request.Host.Value;
        return $"{scheme}://{host}{request.PathBase}/fhir";
    }

    // A chain of proxies appends values; the first one is what the client used.
    private static string? First(Microsoft.Extensions.Primitives.StringValues values)
    {
        var value = values.ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var first = value.Split(',')[0].Trim();
        return first.Length == 0 || first.Any(c => char.IsWhiteSpace(c) || c == '/' || c == '@') ? null : first;
    }
}
