using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Subscriptions;
using Polly;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>Registers subscription delivery: the dispatcher, its worker and the subscriber HTTP client.</summary>
internal static class DeliveryHostingExtensions
{
    public static WebApplicationBuilder AddSubscriptionDelivery(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(DeliveryOptions.SectionName);
        services.AddOptions<DeliveryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SubscriberClient>();
        services.AddSingleton<NotificationRequests>();
        services.AddSingleton<SubscriptionWorker>();

        services.AddHttpClient(SubscriberClient.Name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                ConnectCallback = VettedConnect.Callback(provider.GetRequiredService<IOptionsMonitor<SubscriberEndpointOptions>>()),
                // A redirect could lead anywhere, inside the network too (SSRF): a 3xx is a failed attempt.
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.None,
                // Keep-alive connections are reused; the body of an answer is never read, only drained up to 16 KiB.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxResponseDrainSize = 16 * 1024,
                ResponseDrainTimeout = TimeSpan.FromSeconds(1),
                MaxResponseHeadersLength = 64,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // channel.header carries the subscriber's secrets: no header value reaches a log, at any level.
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("subscription-delivery", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // The retry policy is the dispatcher's, kept in the database (backoff, horizon). Polly only sends once
                // more at once when the connection broke under the request (a keep-alive connection closed by the
                // subscriber), within the attempt's timeout; an HTTP answer, whatever its status, is final.
                MaxRetryAttempts = 1,
                Delay = TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException),
            }));

        var enabled = section.GetValue(nameof(DeliveryOptions.Enabled), true);
        var provider = builder.Configuration.GetValue<DatabaseProvider?>("Database:Provider");
        if (enabled && provider == DatabaseProvider.PostgreSql)
        {
            services.AddHostedService<SubscriptionDispatcher>();
        }
        else if (enabled)
        {
            services.AddHostedService<DeliveryUnavailableNotice>();
        }

        return builder;
    }
}
