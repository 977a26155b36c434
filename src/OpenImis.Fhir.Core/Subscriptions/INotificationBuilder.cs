using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// Builds the R5-backport notification Bundle of a topic subscription (history Bundle, entry[0] the
/// backport-subscription-status-r4 Parameters, then the focus entries at the subscription's content level).
/// </summary>
public interface INotificationBuilder
{
    /// <summary>
    /// The notification of <paramref name="type"/> (<see cref="NotificationType"/>) for <paramref name="subscription"/>,
    /// carrying <paramref name="events"/> (none for a handshake or heartbeat).
    /// </summary>
    Task<Bundle> BuildAsync(SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, CancellationToken cancellationToken);
}
