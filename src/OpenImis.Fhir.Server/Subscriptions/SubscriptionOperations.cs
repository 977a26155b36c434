using System.Globalization;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.Server.Endpoints;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// <c>$status</c> (type level: every subscription, or those of the <c>id</c> and <c>status</c> parameters, each
/// repeatable or comma-joined and ORed; instance level: one) answering a searchset of status Parameters, and
/// <c>$events</c> (instance level: <c>eventsSinceNumber</c> and <c>eventsUntilNumber</c> inclusive, <c>content</c>)
/// answering a history Bundle of type query-event from the events still kept (<c>Subscriptions:EventRetention</c>).
/// Both read a subscription's state: they need <c>r</c> on Subscription, and only the subscription's owner sees it
/// (another client's answers 404 at instance level and is left out at type level). <c>$events</c> with
/// <c>content=full-resource</c> also needs <c>r</c> on the subscription's type.
/// </summary>
internal static class SubscriptionOperations
{
    public static async Task<IResult> TypeStatusAsync(HttpContext context, FhirStateDbContext db, NotificationBuilder builder)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, "Subscription", "$status");
        var ids = Values(input, "id").Select(v => v[(v.LastIndexOf('/') + 1)..].ToLowerInvariant()).ToList();
        var statuses = Values(input, "status");
        var caller = Demand(context, "$status");
        var query = SubscriptionOwner.VisibleTo(db.Subscriptions.AsNoTracking(), caller);
        if (ids.Count > 0)
        {
            query = query.Where(s => ids.Contains(s.Id));
        }

        if (statuses.Count > 0)
        {
            query = query.Where(s => statuses.Contains(s.Status));
        }

        var subscriptions = await query.OrderBy(s => s.Id).ToListAsync(context.RequestAborted);
        return new FhirResult(StatusCodes.Status200OK, await SearchSetAsync(subscriptions, builder, request.BaseUrl, context.RequestAborted), request);
    }

    public static async Task<IResult> InstanceStatusAsync(HttpContext context, string id, FhirStateDbContext db, NotificationBuilder builder)
    {
        var request = FhirRequest.From(context);
        await OperationInput.ReadAsync(context, "Subscription", "$status");
        var subscription = await FindAsync(db, id, Demand(context, "$status"), context.RequestAborted);
        return new FhirResult(StatusCodes.Status200OK, await SearchSetAsync([subscription], builder, request.BaseUrl, context.RequestAborted), request);
    }

    public static async Task<IResult> EventsAsync(
        HttpContext context, string id, FhirStateDbContext db, NotificationBuilder builder, IOptionsMonitor<SubscriptionOptions> options)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, "Subscription", "$events");
        var subscription = await FindAsync(db, id, Demand(context, "$events"), context.RequestAborted);
        var since = Number(input, "eventsSinceNumber") ?? 1;
        var asked = Number(input, "eventsUntilNumber");
        var until = asked ?? subscription.EventCount;
        var content = input.Text("content") ?? subscription.Content ?? Backport.IdOnly;
        if (!Backport.ContentLevels.Contains(content))
        {
            throw FhirException.BadRequest($"Parameter 'content' must be empty, id-only or full-resource, not '{content}'.");
        }

        // Asked for explicitly, full-resource without r is refused; the subscription's own level is served as far as the
        // scopes allow (NotificationBuilder leaves out what the caller may not read).
        if (input.Text("content") == Backport.FullResource)
        {
            context.RequestServices.GetRequiredService<AccessPolicy>().Demand(subscription.ResourceType, ScopeInteraction.Read,
                $"$events with content=full-resource on a subscription about {subscription.ResourceType}");
        }

        // Only a range the client gave can be backwards; a subscription without events answers an empty history.
        if (asked is not null && until < since)
        {
            throw FhirException.BadRequest($"eventsUntilNumber {until} is before eventsSinceNumber {since}.");
        }

        var events = await db.SubscriptionEvents.AsNoTracking()
            .Where(e => e.SubscriptionId == subscription.Id && e.EventNumber >= since && e.EventNumber <= until)
            .OrderBy(e => e.EventNumber).Take(MaxEvents).ToListAsync(context.RequestAborted);
        var first = Math.Min(until, subscription.EventCount);
        if (since <= first && (events.Count == 0 || events[0].EventNumber > since))
        {
            var kept = events.Count > 0 ? events[0].EventNumber
                : await db.SubscriptionEvents.Where(e => e.SubscriptionId == subscription.Id).Select(e => (long?)e.EventNumber).MinAsync(context.RequestAborted);
            throw FhirException.Gone(
                $"Events from {since} of Subscription/{subscription.Id} are no longer kept: delivered events are kept for {options.CurrentValue.EventRetention} (Subscriptions:EventRetention)"
                + (kept is { } k ? $"; the earliest kept is {k}." : "; none is kept now."));
        }

        subscription.BaseUrl = request.BaseUrl;
        var bundle = await builder.BuildAsync(subscription, NotificationType.QueryEvent, events, content, context.RequestAborted);
        return new FhirResult(StatusCodes.Status200OK, bundle, request);
    }

    // One answer holds at most this many events; a client pages with eventsSinceNumber.
    private const int MaxEvents = 1000;

    private static async Task<Bundle> SearchSetAsync(IReadOnlyList<SubscriptionRecord> subscriptions, NotificationBuilder builder, string baseUrl, CancellationToken cancellationToken)
    {
        var bundle = new Bundle { Id = Guid.NewGuid().ToString(), Type = Bundle.BundleType.Searchset, Total = subscriptions.Count, Timestamp = DateTimeOffset.UtcNow };
        foreach (var subscription in subscriptions)
        {
            subscription.BaseUrl = baseUrl;
            var status = (await builder.BuildAsync(subscription, NotificationType.QueryStatus, [], cancellationToken)).Entry[0].Resource;
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"urn:uuid:{Guid.NewGuid()}",
                Resource = status,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return bundle;
    }

    private static async Task<SubscriptionRecord> FindAsync(FhirStateDbContext db, string id, FhirCaller caller, CancellationToken cancellationToken)
    {
        var key = id.ToLowerInvariant();
        var record = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, cancellationToken);
        return record is not null && SubscriptionOwner.IsVisibleTo(record, caller)
            ? record
            : throw FhirException.NotFound($"Subscription/{id} is not known.");
    }

    // The operations read a subscription's state, as a read does.
    private static FhirCaller Demand(HttpContext context, string operation)
    {
        var access = context.RequestServices.GetRequiredService<AccessPolicy>();
        access.Demand("Subscription", ScopeInteraction.Read, $"{operation} on Subscription");
        return access.Caller;
    }

    private static List<string> Values(OperationParameters input, string name) =>
        input.Texts(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static long? Number(OperationParameters input, string name) => input.Text(name) switch
    {
        null => null,
        var text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        var text => throw FhirException.BadRequest($"Parameter '{name}' must be a whole number, not '{text}'."),
    };
}
