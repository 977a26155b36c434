using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// Loads the conformance resources before the server takes requests, so that a malformed file stops the start-up,
/// then compiles the served profiles in the background so that no request pays for it (requests arriving earlier
/// compile what they need themselves). Both costs are logged.
/// </summary>
internal sealed class ConformanceStartup(
    IServiceProvider services, IOptionsMonitor<ValidationOptions> options, ILogger<ConformanceStartup> logger)
    : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _warmUp;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ConformanceStore>();
        logger.LogInformation("Loaded {Count} conformance resources in {Milliseconds:F0} ms", store.Resources.Count, store.LoadTime.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (options.CurrentValue.WarmUp)
        {
            _warmUp = Task.Run(() => WarmUpAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_warmUp is not null)
        {
            await _warmUp.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            var store = services.GetRequiredService<ConformanceStore>();
            var profiles = services.GetRequiredService<CapabilityStatementBuilder>().Resources
                .Where(r => r.Module != ConformanceServiceCollectionExtensions.PlatformModule)
                .Select(r => r.Profile);
            var examples = ConformanceStore.ReadExamples(Path.Combine(AppContext.BaseDirectory, "profiles", "examples"));
            var report = await services.GetRequiredService<ProfileValidator>().WarmUpAsync(profiles, examples, cancellationToken);
            logger.LogInformation(
                "Validator ready: {Total:F0} ms to load, index the core specification and compile {Count} profiles (load {Load:F0} ms, index {Index:F0} ms, {Profiles})",
                (store.LoadTime + report.Total).TotalMilliseconds, report.Profiles.Count, store.LoadTime.TotalMilliseconds,
                report.SpecificationIndex.TotalMilliseconds,
                string.Join(", ", report.Profiles.Select(p => $"{p.Profile[(p.Profile.LastIndexOf('/') + 1)..]} {p.Time.TotalMilliseconds:F0} ms")));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the warm-up ended; nothing to report.
        }
        catch (Exception ex)
        {
            // A failed warm-up costs the first requests time, nothing else: it must not stop the server.
            logger.LogError(ex, "Warming the validator up failed; profiles will compile on first use");
        }
    }
}
