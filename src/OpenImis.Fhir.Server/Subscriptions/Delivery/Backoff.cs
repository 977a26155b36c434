namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>Capped exponential backoff with ±10 % jitter, so that subscribers failing together are not retried together.</summary>
internal static class Backoff
{
    /// <summary>The wait before the attempt that follows <paramref name="failures"/> failed ones (1 or more).</summary>
    public static TimeSpan After(int failures, TimeSpan baseDelay, TimeSpan cap, double jitter)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var delay = baseDelay.TotalMilliseconds * Math.Pow(2, exponent) * (0.9 + (0.2 * Math.Clamp(jitter, 0, 1)));
        return TimeSpan.FromMilliseconds(Math.Min(delay, cap.TotalMilliseconds));
    }
}
