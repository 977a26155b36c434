using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// Finds the writes the openIMIS application makes in the database itself (most of them) and adds them to the
/// outbox, one <see cref="ChangeDetectorPass"/> every <see cref="ChangeDetectorOptions.DetectorInterval"/>. A failed
/// pass (the database is away) is logged and the next one waits longer, up to
/// <see cref="ChangeDetectorOptions.DetectorMaxBackoff"/>: the detector never stops on its own.
/// </summary>
internal sealed class ChangeDetector(
    IServiceScopeFactory scopes,
    ChangeSignal signal,
    IOptionsMonitor<ChangeDetectorOptions> options,
    TimeProvider clock,
    ILogger<ChangeDetector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            var pause = settings.DetectorInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (added, more) = await scope.ServiceProvider.GetRequiredService<ChangeDetectorPass>().RunAsync(stoppingToken);
                if (added > 0)
                {
                    logger.LogDebug("The change detector found {Count} change(s) made in the database", added);
                    signal.Notify();
                }

                if (failures > 0)
                {
                    logger.LogInformation("The change detector runs again after {Failures} failed pass(es)", failures);
                    failures = 0;
                }

                pause = more ? TimeSpan.Zero : pause;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var backoff = settings.DetectorInterval * Math.Pow(2, Math.Min(failures, 16));
                pause = backoff < settings.DetectorMaxBackoff ? backoff : settings.DetectorMaxBackoff;
                logger.LogWarning(ex, "Change detector pass failed ({Failures} in a row); next try in {Pause}", failures, pause);
            }

            try
            {
                await Task.Delay(pause, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
