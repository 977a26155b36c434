using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Too-frequent status polling (EX-13, Bulk Data 2.0.0 §1.6): a sliding minute per client and export, answered with
/// 429, Retry-After and an OperationOutcome. The same partitioned limiter as the API's client rate limit
/// (System.Threading.RateLimiting), but always on and per export: a client that waits the Retry-After the status
/// answers gives is far below it (checked at start-up), one polling in a tight loop is not. Counted per process: behind
/// a load balancer a client's polls spread over the processes, which only makes the limit looser.
/// </summary>
internal sealed class ExportPolling : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly int _limit;

    public ExportPolling(IOptions<JobsOptions> options)
    {
        _limit = options.Value.MaxStatusPollsPerMinute;
        var limit = _limit;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 12,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Counts one status request; a 429 when the client polls this export too often.</summary>
    public void Check(string client, Guid exportId)
    {
        using var lease = _limiter.AttemptAcquire(client + "|" + exportId.ToString("N"));
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : TimeSpan.FromSeconds(5);
            throw FhirException.TooManyRequests(
                $"Export {exportId:N} was polled more than {_limit} times in a minute: wait the Retry-After the status answers before polling again.",
                retryAfter);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
