namespace OpenImis.Fhir.Core.State;

/// <summary>Where a <see cref="SubscriptionEvent"/> is in delivery.</summary>
public static class DeliveryState
{
    /// <summary>Not yet acknowledged.</summary>
    public const string Pending = "pending";

    /// <summary>Acknowledged by the subscriber (2xx).</summary>
    public const string Delivered = "delivered";

    /// <summary>Not delivered within the retry horizon: no longer pushed, kept for <c>$events</c>.</summary>
    public const string Expired = "expired";
}
