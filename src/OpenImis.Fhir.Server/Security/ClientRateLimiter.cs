using System.Threading.RateLimiting;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Security;

/// <summary>A fixed window per OAuth client (per remote address without one) over the API; 429 with Retry-After.</summary>
internal static class ClientRateLimiter
{
    public static void Add(IServiceCollection services, RateLimitOptions settings)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // The probes and the guide are not the API; a throttled probe would restart a healthy server.
                if (ProtectedPaths.Classify(context.Request.Path) == PathAccess.Open
                    && !context.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("open");
                }

                var caller = context.RequestServices.GetRequiredService<FhirCallerContext>().Caller;
                var key = caller.ClientId is { Length: > 0 } client
                    ? "client:" + client
                    : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : TimeSpan.FromSeconds(settings.WindowSeconds);
                await OutcomeResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, OperationOutcome.IssueType.Throttled,
                    $"Too many requests: at most {settings.PermitLimit} per {settings.WindowSeconds} s per client.", retryAfter);
            };
        });
    }
}
