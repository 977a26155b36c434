using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// What the dispatcher needs to know of a subscription to tell when it next has work: its state and the first event
/// waiting (strict order: nothing after that event leaves before it).
/// </summary>
internal sealed record DueSubscription(
    string Id,
    string Kind,
    string Status,
    string? Error,
    DateTime? EndAt,
    int? HeartbeatSeconds,
    DateTime? LastSentAt,
    long? FirstPending,
    DateTime? FirstPendingAt,
    DateTime? FirstOccurredAt)
{
    /// <summary>
    /// A topic subscription whose handshake failed: nothing is sent to it until the client asks again
    /// (status <c>requested</c>), only <c>end</c> still applies.
    /// </summary>
    public bool Dormant => Status == SubscriptionStatus.Error && Kind == SubscriptionKind.Topic
        && Error is not null && Error.StartsWith(DeliveryErrors.HandshakeFailed, StringComparison.Ordinal);

    /// <summary>When the subscription next has work, or null when it has none until something changes.</summary>
    public DateTime? DueAt(DateTime now)
    {
        if (Status == SubscriptionStatus.Off)
        {
            return null;
        }

        DateTime? due = EndAt;
        if (Status == SubscriptionStatus.Requested)
        {
            return now;
        }

        if (Dormant)
        {
            return due;
        }

        if (FirstPending is not null)
        {
            due = Earliest(due, FirstPendingAt ?? now);
        }
        else if (Kind == SubscriptionKind.Topic && HeartbeatSeconds is { } period)
        {
            due = Earliest(due, (LastSentAt ?? now).AddSeconds(period));
        }

        return due;
    }

    private static DateTime? Earliest(DateTime? a, DateTime b) => a is null || b < a ? b : a;
}
