using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Transport, TLS and resilience of the HTTP clients that talk to the core API.</summary>
internal static class OpenHimHttpClientSetup
{
    public static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var apiUrl = services.GetRequiredService<IOptions<OpenHimOptions>>().Value.ApiUrl;
        if (apiUrl is not null)
        {
            // A trailing slash keeps a path prefix of the API URL when relative paths are resolved.
            client.BaseAddress = apiUrl.AbsoluteUri.EndsWith('/') ? apiUrl : new Uri(apiUrl.AbsoluteUri + "/");
        }

        // The resilience pipeline bounds each attempt; HttpClient's own 100 s limit would cut retries short.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    public static HttpMessageHandler CreatePrimaryHandler(IServiceProvider services)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (services.GetRequiredService<IOptions<OpenHimOptions>>().Value.TrustSelfSignedCertificate)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = AcceptSelfSigned;
        }

        return handler;
    }

    /// <summary>
    /// Retries transient failures with jittered exponential backoff under a cap, opens a circuit when
    /// the core keeps failing (calls then fail fast until it is probed again), and bounds each attempt.
    /// </summary>
    public static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var resilience = context.ServiceProvider.GetRequiredService<IOptions<OpenHimOptions>>().Value.Resilience;
        if (resilience.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = resilience.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = resilience.RetryDelay,
                MaxDelay = resilience.MaxRetryDelay,
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 4,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = resilience.BreakDuration,
        });
        pipeline.AddTimeout(resilience.AttemptTimeout);
    }

    /// <summary>
    /// The core generates a self-signed certificate whose name rarely matches the host the mediator
    /// uses (e.g. openhim-core in Docker), so both chain and name errors are accepted, but a server
    /// that presents no certificate at all is still refused.
    /// </summary>
    private static bool AcceptSelfSigned(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && !errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable);
}
