namespace OpenImis.Fhir.Server.Security;

/// <summary>The <c>RateLimit</c> section: a fixed window per client (else per remote address).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Unset: on when auth is on, off in mode none (a loopback developer server needs no throttle).</summary>
    public bool? Enabled { get; set; }

    /// <summary>Requests a partition may make per window.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
