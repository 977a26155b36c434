using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>The subscription dispatcher's settings (section <c>Subscriptions:Delivery</c>).</summary>
internal sealed class DeliveryOptions : IValidatableObject
{
    public const string SectionName = "Subscriptions:Delivery";

    /// <summary>Whether this process delivers notifications (any number may: a subscription is leased by one at a time).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the dispatcher looks for work when nothing woke it: a write made through this process wakes it at
    /// once, a change found by another process (or by the change detector) waits at most this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many subscriptions this process delivers to at once (each has at most one notification in flight).</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 8;

    /// <summary>The wait after a first failed attempt; it doubles with each further failure up to <see cref="BackoffCap"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts at one event: how late delivery resumes after a subscriber recovers.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long after it occurred an event is still pushed; older undelivered events are kept for <c>$events</c> only.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan RetryHorizon { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The time one attempt may take when the subscription sets no <c>timeout</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The events a topic notification carries when the subscription sets no <c>maxCount</c>.</summary>
    [Range(1, 1000)]
    public int DefaultMaxCount { get; set; } = 1;

    /// <summary>The change events the matcher handles per call; it is called again at once while it finds a full batch.</summary>
    [Range(1, 100_000)]
    public int MatchBatch { get; set; } = 1000;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BackoffCap < BackoffBase)
        {
            yield return new ValidationResult(
                $"{SectionName}:BackoffCap ({BackoffCap}) is shorter than {SectionName}:BackoffBase ({BackoffBase}).",
                [nameof(BackoffCap), nameof(BackoffBase)]);
        }
    }
}
