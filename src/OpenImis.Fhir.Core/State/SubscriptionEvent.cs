namespace OpenImis.Fhir.Core.State;

/// <summary>
/// One numbered event of one subscription (table <c>fhir.subscription_event</c>): the matcher writes it, the
/// dispatcher delivers it. Kept after delivery for <c>$events</c> until retention removes it.
/// </summary>
public sealed class SubscriptionEvent
{
    /// <summary>The subscription.</summary>
    public string SubscriptionId { get; set; } = string.Empty;

    /// <summary>The event number: 1, 2, 3… per subscription, never reused.</summary>
    public long EventNumber { get; set; }

    /// <summary>The change it came from.</summary>
    public long? ChangeSeq { get; set; }

    /// <summary>The focus resource's type.</summary>
    public string ResourceType { get; set; } = string.Empty;

    /// <summary>The focus resource's id.</summary>
    public string ResourceId { get; set; } = string.Empty;

    /// <summary>The focus version, if known.</summary>
    public string? VersionId { get; set; }

    /// <summary>create, update or delete.</summary>
    public string Action { get; set; } = ChangeAction.Update;

    /// <summary>When the change happened, UTC.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>pending, delivered or expired (<see cref="DeliveryState"/>).</summary>
    public string State { get; set; } = DeliveryState.Pending;

    /// <summary>Delivery attempts made.</summary>
    public int Attempts { get; set; }

    /// <summary>When to try next, UTC.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>When a subscriber acknowledged it, UTC.</summary>
    public DateTime? DeliveredAt { get; set; }

    /// <summary>The last attempt's error.</summary>
    public string? LastError { get; set; }
}
