using System.Diagnostics;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Keeps the server registered with OpenHIM: registers (and installs the default channels once),
/// then heartbeats; goes back to registering when the core forgets the mediator. While the core is
/// down it retries forever with capped, jittered backoff, off the request path, so the API serves throughout.
/// </summary>
internal sealed class OpenHimMediatorService(
    IServiceProvider services,
    IOptionsMonitor<OpenHimOptions> options,
    MediatorDocumentBuilder documents,
    OpenHimChannelInstaller channels,
    MediatorRouteSync routeSync,
    MediatorConfigApplier configApplier,
    ILogger<OpenHimMediatorService> logger) : BackgroundService
{
    private static readonly DateTime ProcessStartedUtc = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>The core expects the mediator process uptime in seconds.</summary>
    private static double UptimeSeconds => (DateTime.UtcNow - ProcessStartedUtc).TotalSeconds;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            logger.LogDebug("OpenHIM mediator disabled (OpenHim:Enabled is false)");
            return;
        }

        // Hand the start-up thread back at once: the host must not wait for the core.
        await Task.Yield();
        var registration = BuildRegistrationPipeline(settings.Resilience);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await registration.ExecuteAsync(RegisterAsync, stoppingToken);
                await HeartbeatUntilForgottenAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        catch (OpenHimApiException ex) when (ex.IsFatal)
        {
            logger.LogCritical(ex, "OpenHIM rejected the mediator registration; fix the OpenHim settings and restart. The FHIR API keeps serving");
        }
    }

    private async ValueTask RegisterAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var client = services.GetRequiredService<OpenHimApiClient>();
        var mediator = documents.Build(settings, MediatorVersion.Current);
        await client.RegisterAsync(mediator, cancellationToken);
        logger.LogInformation(
            "Registered mediator {Urn} version {Version} with OpenHIM at {ApiUrl}",
            settings.Urn, MediatorVersion.Current, settings.ApiUrl);

        if (settings.InstallChannels)
        {
            await channels.EnsureInstalledAsync(client, mediator, cancellationToken);
        }

        await routeSync.SyncAsync(client, mediator, settings, settings.InstallChannels, cancellationToken);
    }

    /// <summary>Heartbeats until the core answers 404 (it lost the mediator), then returns to re-register.</summary>
    private async Task HeartbeatUntilForgottenAsync(CancellationToken stoppingToken)
    {
        // The first heartbeat after registration returns no config unless asked: ask until one succeeds.
        var requestConfig = true;
        while (true)
        {
            try
            {
                var client = services.GetRequiredService<OpenHimApiClient>();
                var result = await client.HeartbeatAsync(UptimeSeconds, requestConfig, stoppingToken);
                if (!result.MediatorKnown)
                {
                    logger.LogWarning("OpenHIM does not know mediator {Urn} any more; registering again", options.CurrentValue.Urn);
                    return;
                }

                requestConfig = false;
                if (result.Config is { } config)
                {
                    configApplier.Apply(config);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("OpenHIM heartbeat failed, next one in {Interval}: {Error}", options.CurrentValue.HeartbeatInterval, ex.Message);
            }

            // A full interval after the answer, not a fixed rate: a slow beat must not be followed by a burst.
            await Task.Delay(options.CurrentValue.HeartbeatInterval, stoppingToken);
        }
    }

    private ResiliencePipeline BuildRegistrationPipeline(OpenHimResilienceOptions resilience) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex
                    && ex is not OpenHimApiException { IsFatal: true }
                    && !args.Context.CancellationToken.IsCancellationRequested),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = resilience.RetryDelay,
                MaxDelay = resilience.MaxRetryDelay,
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "OpenHIM registration attempt {Attempt} failed, retrying in {Delay}: {Error}",
                        args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
