using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OpenImis.Fhir.Server.Security;

/// <summary>
/// ASP.NET Core's rate limiter in front of the SMART token endpoint, before OpenIddict handles the request: a fixed
/// window per remote address, then one per client id the request names (the form's <c>client_id</c>, else the
/// client assertion's <c>iss</c>). The name is read without checking the assertion's signature, so it serves as a
/// bucket key and nothing else. A refusal is 429 with <c>Retry-After</c> and an OAuth error body, as the endpoint's
/// other answers are OAuth JSON (RFC 6749 §5.2), not OperationOutcomes.
/// </summary>
internal static class TokenRateLimiter
{
    // Longer names are cut: a client id is a short registered name, and a bucket key must not grow with the request.
    private const int MaxClientIdLength = 200;

    private static readonly object ClientItem = new();

    public static void Use(WebApplication app, TokenRateLimitOptions settings)
    {
        var window = TimeSpan.FromSeconds(settings.WindowSeconds);
        var options = new RateLimiterOptions
        {
            // The address first: a refusal there takes nothing from the window of the client the request names, so one
            // source spending another client's window is held to the address limit.
            GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter("address:" + context.Connection.RemoteIpAddress, _ => Window(settings.AddressPermitLimit, window))),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Items[ClientItem] is string client
                        ? RateLimitPartition.GetFixedWindowLimiter("client:" + client, _ => Window(settings.PermitLimit, window))
                        : RateLimitPartition.GetNoLimiter(string.Empty))),
            OnRejected = (rejected, cancellationToken) =>
                RejectAsync(rejected.HttpContext, rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : window, cancellationToken),
        };
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SmartEndpoints.TokenPath, StringComparison.OrdinalIgnoreCase),
            branch =>
            {
                branch.Use(async (context, next) =>
                {
                    if (await ClientIdAsync(context.Request) is { } client)
                    {
                        context.Items[ClientItem] = client;
                    }

                    await next(context);
                });
                branch.UseRateLimiter(options);
            });
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0 };

    // The form is read once here and kept by ASP.NET Core, so OpenIddict reads the same one after us.
    private static async Task<string?> ClientIdAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A malformed form is OpenIddict's to refuse (invalid_request); the address window still counts it.
            return null;
        }

        var client = form["client_id"].FirstOrDefault();
        if (string.IsNullOrEmpty(client) && form["client_assertion"].FirstOrDefault() is { Length: > 0 } assertion)
        {
            client = Issuer(assertion);
        }

        return string.IsNullOrEmpty(client) ? null : client.Length > MaxClientIdLength ? client[..MaxClientIdLength] : client;
    }

    private static string? Issuer(string assertion)
    {
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(assertion))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(assertion).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static async ValueTask RejectAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/json;charset=UTF-8";
        await JsonSerializer.SerializeAsync(response.Body, new Dictionary<string, string>
        {
            // RFC 6749 has no token endpoint error for throttling; temporarily_unavailable (§4.1.2.1) says "try later".
            ["error"] = "temporarily_unavailable",
            ["error_description"] = $"Too many token requests from this address or for this client; retry after {response.Headers.RetryAfter} s.",
        }, cancellationToken: cancellationToken);
    }
}
