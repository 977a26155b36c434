namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>The backport notification types.</summary>
public static class NotificationType
{
    /// <summary>Sent once when a rest-hook subscription is made.</summary>
    public const string Handshake = "handshake";

    /// <summary>Sent every heartbeat period when nothing else was sent.</summary>
    public const string Heartbeat = "heartbeat";

    /// <summary>Carries events.</summary>
    public const string EventNotification = "event-notification";

    /// <summary>An answer to <c>$status</c>.</summary>
    public const string QueryStatus = "query-status";

    /// <summary>An answer to <c>$events</c>.</summary>
    public const string QueryEvent = "query-event";
}
