using System.Diagnostics;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// Runs an operation from <see cref="RunSettings.Concurrency"/> workers: first for the warm-up (JIT, pools,
/// caches; not measured), then for the duration or until the operation budget is spent.
/// </summary>
internal static class LoadDriver
{
    /// <summary>An operation returns false (or throws) when it failed.</summary>
    public delegate Task<bool> Operation(Random random, CancellationToken cancellationToken);

    public static async Task<LatencySummary> RunAsync(Operation operation, RunSettings settings, CancellationToken cancellationToken)
    {
        var state = new RunState();
        var workers = Enumerable.Range(0, settings.Concurrency)
            .Select(i => Task.Run(() => WorkAsync(operation, new Random(i), state, settings, cancellationToken), cancellationToken))
            .ToList();

        await Task.Delay(settings.Warmup, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        state.Measuring = true;
        await Task.WhenAny(Task.Delay(settings.Duration, cancellationToken), Task.WhenAll(workers));
        state.Stopped = true;
        var elapsed = Stopwatch.GetElapsedTime(started);
        var results = await Task.WhenAll(workers);
        return LatencySummary.From(results.SelectMany(r => r.Latencies).ToArray(), results.Sum(r => r.Errors), elapsed);
    }

    private static async Task<WorkerResult> WorkAsync(
        Operation operation, Random random, RunState state, RunSettings settings, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(4096);
        var errors = 0;
        while (!state.Stopped && !cancellationToken.IsCancellationRequested)
        {
            var measuring = state.Measuring;
            if (measuring && Interlocked.Increment(ref state.Operations) > settings.MaxOperations)
            {
                break;
            }

            var before = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                ok = await operation(random, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ok = false;
            }

            if (measuring && !state.Stopped)
            {
                latencies.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                errors += ok ? 0 : 1;
            }
        }

        return new WorkerResult(latencies, errors);
    }

    private sealed class RunState
    {
        public volatile bool Measuring;
        public volatile bool Stopped;
        public int Operations;
    }

    private sealed record WorkerResult(List<double> Latencies, int Errors);
}
