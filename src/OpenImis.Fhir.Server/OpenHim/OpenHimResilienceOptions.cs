namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Retry and timeout settings for calls to the core.</summary>
internal sealed class OpenHimResilienceOptions
{
    /// <summary>First delay between attempts; it doubles, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on the delay, so a long outage is noticed within this time once the core is back.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries inside one call before the call fails and the mediator loop takes over.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time the circuit stays open after the core kept failing; calls then fail fast.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
