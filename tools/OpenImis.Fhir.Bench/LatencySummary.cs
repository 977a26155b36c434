using System.Globalization;

namespace OpenImis.Fhir.Bench;

/// <summary>Throughput and latency percentiles of one measured run.</summary>
internal sealed record LatencySummary(int Operations, int Errors, TimeSpan Elapsed, double P50, double P90, double P95, double P99)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public static LatencySummary From(double[] latencies, int errors, TimeSpan elapsed)
    {
        Array.Sort(latencies);
        return new LatencySummary(
            latencies.Length, errors, elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.90), Percentile(latencies, 0.95), Percentile(latencies, 0.99));
    }

    /// <summary>One plain line, e.g. <c>read: 1834 req/s p50 4.1 ms p90 7.9 ms p95 10.3 ms p99 15.2 ms errors 0</c>.</summary>
    public string Format(string label, string unit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label}: {PerSecond:F0} {unit}/s p50 {P50:F1} ms p90 {P90:F1} ms p95 {P95:F1} ms p99 {P99:F1} ms errors {Errors} ({Operations} in {Elapsed.TotalSeconds:F1} s)");

    // Nearest rank: the smallest value with at least p of the samples at or below it.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
