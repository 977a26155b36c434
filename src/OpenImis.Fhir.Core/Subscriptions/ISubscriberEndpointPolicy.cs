namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// Decides whether the server may call a subscriber endpoint. Asked when a subscription is made (to refuse it) and
/// again before every delivery (the name may resolve elsewhere by then: DNS rebinding).
/// </summary>
public interface ISubscriberEndpointPolicy
{
    /// <summary>Why <paramref name="endpoint"/> may not be called, or null when it may.</summary>
    Task<string?> RefusalAsync(string endpoint, CancellationToken cancellationToken);
}
