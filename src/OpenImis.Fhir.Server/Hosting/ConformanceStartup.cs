using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// Loads the conformance resources before the server takes requests, so that a malformed file stops the start-up,
/// and warms the validator up in the background: the core specification is indexed while the guide loads, and the
/// served profiles are compiled side by side as soon as both are there, beside the database start-up rather than
/// after it. <c>/health/ready</c> says not ready until it ended. Both costs are logged.
/// </summary>
internal sealed class ConformanceStartup(
    IServiceProvider services, IOptionsMonitor<ValidationOptions> options, ILogger<ConformanceStartup> logger)
    : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private long _started;
    private Task? _warmUp;

    /// <summary>The number of conformance resources loaded; null until loaded.</summary>
    public int? LoadedResources { get; private set; }

    /// <summary>Where the validator's warm-up is.</summary>
    public WarmUpState WarmUp { get; private set; } = WarmUpState.NotStarted;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _started = Stopwatch.GetTimestamp();
        var warmUp = options.CurrentValue.WarmUp;
        // On a thread of its own and niced, as the profiles' compiles are: indexing blocks for seconds, and the thread
        // pool's few threads are the start-up's and the first requests'.
        var index = warmUp
            ? Task.Factory.StartNew(
                () =>
                {
                    BackgroundThreadPriority.LowerCurrentThread();
                    ProfileValidator.PrepareSpecificationAsync(ProfileValidator.DefaultSpecificationZip).GetAwaiter().GetResult();
                },
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;

        var store = services.GetRequiredService<ConformanceStore>();
        LoadedResources = store.Resources.Count;
        logger.LogInformation("Loaded {Count} conformance resources in {Milliseconds:F0} ms", store.Resources.Count, store.LoadTime.TotalMilliseconds);
        if (index is null)
        {
            WarmUp = WarmUpState.Off;
            return Task.CompletedTask;
        }

        WarmUp = WarmUpState.Running;
        _warmUp = Task.Run(() => WarmUpAsync(index, _stopping.Token), CancellationToken.None);
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

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task WarmUpAsync(Task index, CancellationToken cancellationToken)
    {
        try
        {
            await index;
            var store = services.GetRequiredService<ConformanceStore>();
            var profiles = services.GetRequiredService<CapabilityStatementBuilder>().Resources
                .Where(r => r.Module != ConformanceServiceCollectionExtensions.PlatformModule)
                .SelectMany(r => r.Profiles);
            var examples = ConformanceStore.ReadExamples(Path.Combine(AppContext.BaseDirectory, "profiles", "examples"));
            var report = await services.GetRequiredService<ProfileValidator>().WarmUpAsync(profiles, examples, cancellationToken);
            WarmUp = WarmUpState.Done;
            logger.LogInformation(
                "Validator ready: {Total:F0} ms after the conformance start-up began (guide loaded in {Load:F0} ms beside the core specification's index; {Count} profiles compiled: {Profiles})",
                Stopwatch.GetElapsedTime(_started).TotalMilliseconds, store.LoadTime.TotalMilliseconds, report.Profiles.Count,
                string.Join(", ", report.Profiles.Select(p => $"{p.Profile[(p.Profile.LastIndexOf('/') + 1)..]} {p.Time.TotalMilliseconds:F0} ms")));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the warm-up ended; nothing to report.
            WarmUp = WarmUpState.Failed;
        }
        catch (Exception ex)
        {
            // A failed warm-up costs the first requests time, nothing else: it must not stop the server.
            WarmUp = WarmUpState.Failed;
            logger.LogError(ex, "Warming the validator up failed; profiles will compile on first use");
        }
    }
}
