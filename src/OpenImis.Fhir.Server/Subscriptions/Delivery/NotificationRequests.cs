using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// Builds the HTTP request of a notification. Topic subscriptions: the backport Bundle of
/// <see cref="INotificationBuilder"/>, POSTed to the endpoint with <c>Content-Type</c> = <c>channel.payload</c>. R4
/// criteria subscriptions (4.0.1 rest-hook): without payload a POST with an empty body; with one, a PUT of the
/// resource's current state to <c>[endpoint]/[type]/[id]</c>, read through the engine like any read.
/// Both are built as the subscription's owner as it is now (<see cref="OwnerCallers"/>): a resource it may not read
/// any more is left out of a topic notification (id-only), and an R4 payload it may not read (<c>r</c>) becomes the
/// notification without payload (an empty POST); a resource its districts hide now is not sent (as a deleted one).
/// </summary>
internal sealed class NotificationRequests(IServiceScopeFactory scopes, FhirSerialization serialization)
{
    /// <summary>A topic notification of <paramref name="type"/> carrying <paramref name="events"/>.</summary>
    public async Task<HttpRequestMessage> TopicAsync(
        SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await ActAsOwnerAsync(scope.ServiceProvider, subscription, cancellationToken);
        var builder = scope.ServiceProvider.GetService<INotificationBuilder>()
            ?? throw new InvalidOperationException("this server has no notification builder for topic subscriptions");
        var bundle = await builder.BuildAsync(subscription, type, events, cancellationToken);
        return new HttpRequestMessage(HttpMethod.Post, subscription.Endpoint) { Content = Body(bundle, subscription.Payload) };
    }

    /// <summary>
    /// The R4 rest-hook request of <paramref name="change"/>, or null when there is nothing to send: R4 notifies the
    /// new state of a resource, so a deletion (or a resource gone since) has no PUT.
    /// </summary>
    public async Task<HttpRequestMessage?> CriteriaAsync(SubscriptionRecord subscription, SubscriptionEvent change, CancellationToken cancellationToken)
    {
        if (subscription.Payload is null)
        {
            return new HttpRequestMessage(HttpMethod.Post, subscription.Endpoint);
        }

        if (change.Action == ChangeAction.Delete)
        {
            return null;
        }

        Resource? resource;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ActAsOwnerAsync(scope.ServiceProvider, subscription, cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<FhirInteractions>().ExecuteAsync(new InteractionRequest
            {
                Kind = InteractionKind.Read,
                ResourceType = change.ResourceType,
                Id = change.ResourceId,
                BaseUrl = subscription.BaseUrl,
            }, cancellationToken);
            resource = result.Body;
        }
        catch (FhirException ex) when (ex.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }
        catch (FhirException ex) when (ex.Status == HttpStatusCode.Forbidden)
        {
            // The owner may no longer read the type: R4's notification without payload says that something matched.
            return new HttpRequestMessage(HttpMethod.Post, subscription.Endpoint);
        }

        if (resource is null)
        {
            return null;
        }

        var url = subscription.Endpoint.TrimEnd('/') + "/" + Uri.EscapeDataString(change.ResourceType) + "/" + Uri.EscapeDataString(change.ResourceId);
        return new HttpRequestMessage(HttpMethod.Put, url) { Content = Body(resource, subscription.Payload) };
    }

    private static async System.Threading.Tasks.Task ActAsOwnerAsync(IServiceProvider services, SubscriptionRecord subscription, CancellationToken cancellationToken) =>
        services.GetRequiredService<FhirCallerContext>().Caller =
            await services.GetRequiredService<OwnerCallers>().NowAsync(subscription, cancellationToken) ?? OwnerCallers.Nobody;

    private ByteArrayContent Body(Resource resource, string? payload)
    {
        var mediaType = SubscriberClient.MediaType(payload);
        var format = mediaType.MediaType is { } name && name.EndsWith("xml", StringComparison.OrdinalIgnoreCase) ? FhirFormat.Xml : FhirFormat.Json;
        var content = new ByteArrayContent(serialization.Serialize(resource, format, SummaryType.False, null, false));
        content.Headers.ContentType = mediaType;
        return content;
    }
}
