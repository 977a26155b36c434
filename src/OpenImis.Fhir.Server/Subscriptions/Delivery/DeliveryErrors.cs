namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>The texts the dispatcher puts into <c>Subscription.error</c>.</summary>
internal static class DeliveryErrors
{
    /// <summary>The start of the error of a failed handshake; the subscription then waits for its client.</summary>
    public const string HandshakeFailed = "The handshake failed: ";

    /// <summary>The start of the error of a failed notification.</summary>
    public const string NotificationFailed = "Notification failed: ";

    /// <summary>The error left when events passed the retry horizon undelivered.</summary>
    public static string Expired(long count, TimeSpan horizon) =>
        $"{count} event(s) were not delivered within the retry horizon ({horizon}); they are kept and can be read with $events.";
}
