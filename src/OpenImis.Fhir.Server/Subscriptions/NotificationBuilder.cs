using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// The backport notification Bundle (backport-subscription-notification-r4): a <c>history</c> Bundle whose first
/// entry is the status Parameters with the request of a <c>$status</c> call, then one entry per focus resource at the
/// subscription's content level: none for <c>empty</c>; fullUrl, a GET request and response without the resource for
/// <c>id-only</c>; the current resource, read through the engine, with the POST or PUT that made it, for
/// <c>full-resource</c> (a resource that cannot be read any more keeps a GET, a deleted one its DELETE). Every entry has
/// a request and a response.
/// At most <c>maxCount</c> focus resources: the events whose focus would exceed it are left out, so the caller
/// passes at most that many. Handshakes, heartbeats and status queries carry no events and count nothing.
/// Resources are read as the scope's caller (the dispatcher sets the subscription's owner; <c>$events</c> runs as its
/// client): a type it may not read (<c>r</c>) now, or a resource its districts leave out, is an entry without the
/// resource, as id-only gives it.
/// </summary>
internal sealed class NotificationBuilder(HandlerRegistry registry, IServiceProvider services, AccessPolicy access, TimeProvider clock) : INotificationBuilder
{
    public Task<Bundle> BuildAsync(SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, CancellationToken cancellationToken) =>
        BuildAsync(subscription, type, events, subscription.Content ?? Backport.IdOnly, cancellationToken);

    /// <summary>The notification at content level <paramref name="content"/> (<c>$events</c> may ask for another than the subscription's).</summary>
    public async Task<Bundle> BuildAsync(
        SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, string content, CancellationToken cancellationToken)
    {
        var carried = type is NotificationType.EventNotification or NotificationType.QueryEvent ? Capped(events, subscription.MaxCount) : [];

        // Inclusive of this notification, whatever was delivered (an event notification counts up to its last event).
        var since = type == NotificationType.EventNotification && carried.Count > 0 ? carried.Max(e => e.EventNumber) : subscription.EventCount;
        var status = SubscriptionStatusParameters.Build(subscription, type, carried, content, since);
        var bundle = new Bundle
        {
            Id = Guid.NewGuid().ToString(),
            Type = Bundle.BundleType.History,
            Timestamp = clock.GetUtcNow(),
            Meta = new Meta { Profile = [Backport.NotificationProfile] },
        };
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = $"urn:uuid:{Guid.NewGuid()}",
            Resource = status,
            Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.GET, Url = $"{subscription.BaseUrl}/Subscription/{subscription.Id}/$status" },
            Response = new Bundle.ResponseComponent { Status = "200" },
        });
        if (content == Backport.Empty)
        {
            return bundle;
        }

        // One entry per focus resource, at its latest event: the resource's newest state is what full-resource carries.
        foreach (var focus in carried.GroupBy(e => (e.ResourceType, e.ResourceId)).Select(g => g.MaxBy(e => e.EventNumber)!))
        {
            bundle.Entry.Add(await FocusEntryAsync(subscription.BaseUrl, focus, content == Backport.FullResource, cancellationToken));
        }

        return bundle;
    }

    private static List<SubscriptionEvent> Capped(IReadOnlyList<SubscriptionEvent> events, int? maxCount)
    {
        var ordered = events.OrderBy(e => e.EventNumber).ToList();
        if (maxCount is not { } max)
        {
            return ordered;
        }

        var focuses = new HashSet<(string, string)>();
        return ordered.Where(e => focuses.Contains((e.ResourceType, e.ResourceId)) || (focuses.Count < max && focuses.Add((e.ResourceType, e.ResourceId)))).ToList();
    }

    // A history entry carries a resource exactly when its request writes one (R5's bdl-3b, which the Firely validator
    // applies to R4 Bundles too): the focus goes in as the POST or PUT that made it when it is carried, as a GET of where
    // it can be read when it is not (id-only, or no longer readable), and a delete as the DELETE.
    private async Task<Bundle.EntryComponent> FocusEntryAsync(string baseUrl, SubscriptionEvent focus, bool withResource, CancellationToken cancellationToken)
    {
        var resource = withResource && focus.Action != ChangeAction.Delete ? await ReadAsync(focus, cancellationToken) : null;
        var instance = $"{focus.ResourceType}/{focus.ResourceId}";
        var (method, url, status) = (focus.Action, resource) switch
        {
            (ChangeAction.Delete, _) => (Bundle.HTTPVerb.DELETE, instance, "204"),
            (_, null) => (Bundle.HTTPVerb.GET, instance, "200"),
            (ChangeAction.Create, _) => (Bundle.HTTPVerb.POST, focus.ResourceType, "201"),
            _ => (Bundle.HTTPVerb.PUT, instance, "200"),
        };
        return new Bundle.EntryComponent
        {
            FullUrl = SubscriptionStatusParameters.FocusUrl(baseUrl, focus),
            Resource = resource,
            Request = new Bundle.RequestComponent { Method = method, Url = url },
            Response = new Bundle.ResponseComponent
            {
                Status = status,
                LastModified = new DateTimeOffset(DateTime.SpecifyKind(focus.OccurredAt, DateTimeKind.Utc)),
                Etag = focus.VersionId is { } version ? VersionIds.ETag(version) : null,
            },
        };
    }

    private async Task<Resource?> ReadAsync(SubscriptionEvent focus, CancellationToken cancellationToken)
    {
        try
        {
            return registry.Serves(focus.ResourceType) && access.Allows(focus.ResourceType, ScopeInteraction.Read)
                ? await registry.Resolve<IReadHandler>(services, focus.ResourceType).ReadAsync(focus.ResourceId, cancellationToken)
                : null;
        }
        catch (FhirException ex) when (ex.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Gone)
        {
            return null;
        }
    }
}
