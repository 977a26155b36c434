namespace OpenImis.Fhir.Core.State;

/// <summary>The Subscription.status codes.</summary>
public static class SubscriptionStatus
{
    /// <summary>Accepted, not yet confirmed by a handshake.</summary>
    public const string Requested = "requested";

    /// <summary>Delivering.</summary>
    public const string Active = "active";

    /// <summary>Delivery failed; events are still numbered and kept.</summary>
    public const string Error = "error";

    /// <summary>Turned off by the client, by <c>end</c> or by the server.</summary>
    public const string Off = "off";
}
