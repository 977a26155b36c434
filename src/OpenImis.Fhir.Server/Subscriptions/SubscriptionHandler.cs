using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Endpoints;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// The Subscription resource over <c>fhir.subscription</c>, served through the handler registry like any type, so
/// that batch, transaction, conditional writes, search and the CapabilityStatement come from the engine. A client may
/// set <c>requested</c> or <c>off</c>; anything else it sends is read as <c>requested</c>, and only the server
/// (handshake, delivery) moves a subscription to <c>active</c> or <c>error</c>. A delete removes the row and,
/// by the foreign key's cascade, its events. Only the current version is kept (no history). A subscription belongs
/// to the client that made it (<see cref="SubscriptionOwner"/>): any other gets 404 on read, update and delete and
/// does not find it in searches; each write by the owner stores its current scopes, user and districts.
/// </summary>
internal sealed class SubscriptionHandler(
    SubscriptionStore store,
    SubscriptionReader reader,
    FhirSerialization serialization,
    IHttpContextAccessor http,
    IOptionsMonitor<FhirServerOptions> options,
    FhirCallerContext caller,
    TimeProvider clock)
    : ITypedResourceHandler<Subscription>, IReadHandler, ISearchHandler, ICreateHandler, IUpdateHandler, IDeleteHandler
{
    private const string CoreProfile = "http://hl7.org/fhir/StructureDefinition/Subscription";

    public string ResourceType => "Subscription";

    public IReadOnlyList<string> Profiles { get; } = [SubscriptionResources.OpenImisProfile, Backport.SubscriptionProfile];

    public IReadOnlyList<ISearchParameter> SearchParameters => SubscriptionSearchParameters.All;

    // Writes are validated against the core type and the backport rules enforced by SubscriptionReader, which
    // names the rule broken; HL7's backport profile itself (profiles/backport) is what $validate judges against.
    public IReadOnlyList<string> ProfilesFor(Resource resource) => [CoreProfile];

    public async Task<Resource> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var db = await store.DbAsync(cancellationToken);
        var key = id.ToLowerInvariant();
        var record = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, cancellationToken);
        return record is null || !SubscriptionOwner.IsVisibleTo(record, caller.Caller)
            ? throw NotKnown(id)
            : SubscriptionResources.ToFhir(record, serialization);
    }

    public async Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(id, cancellationToken);
        return current.Meta?.VersionId == versionId
            ? current
            : throw FhirException.NotFound($"Version {versionId} of Subscription/{id} is not kept; only the current version {current.Meta?.VersionId} is.");
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var db = await store.DbAsync(cancellationToken);
        var rows = SubscriptionOwner.VisibleTo(db.Subscriptions.AsNoTracking(), caller.Caller);
        foreach (var criterion in query.Criteria)
        {
            rows = rows.Where(Declared(criterion.Parameter).PredicateFor(criterion));
        }

        int? total = query.Total == TotalMode.Accurate ? await rows.CountAsync(cancellationToken) : null;
        if (query.Count == 0)
        {
            return new SearchResult([], total);
        }

        IQueryable<SubscriptionRecord> ordered = rows;
        var first = true;
        foreach (var order in query.Sort)
        {
            ordered = Declared(order.Parameter).SortKey!.Apply(ordered, order.Descending, thenBy: !first);
            first = false;
        }

        ordered = first ? ordered.OrderBy(r => r.Id) : ((IOrderedQueryable<SubscriptionRecord>)ordered).ThenBy(r => r.Id);
        var page = await ordered.Skip(query.Offset).Take(query.Count).ToListAsync(cancellationToken);
        return new SearchResult(page.Select(r => (Resource)SubscriptionResources.ToFhir(r, serialization)).ToList(), total);
    }

    public async Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken)
    {
        var subscription = (Subscription)resource;
        var draft = await reader.ReadAsync(subscription, cancellationToken);
        var now = Now();
        var record = new SubscriptionRecord
        {
            Id = Guid.NewGuid().ToString(),
            Version = 1,
            Status = draft.Off ? SubscriptionStatus.Off : SubscriptionStatus.Requested,
            BaseUrl = BaseUrl(),
            CreatedAt = now,
        };
        Apply(record, draft, subscription, now);
        SubscriptionOwner.Stamp(record, caller.Caller);
        var db = await store.DbAsync(cancellationToken);
        db.Subscriptions.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return SubscriptionResources.ToFhir(record, serialization);
    }

    public async Task<Resource> UpdateAsync(string id, Resource resource, string? ifMatch, CancellationToken cancellationToken)
    {
        var subscription = (Subscription)resource;
        var db = await store.DbAsync(cancellationToken);
        var record = await LockAsync(db, id, cancellationToken);
        if (ifMatch is not null && VersionIds.FromETag(ifMatch) != record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw FhirException.PreconditionFailed($"If-Match {ifMatch} does not match the current version W/\"{record.Version}\" of Subscription/{id}.");
        }

        var draft = await reader.ReadAsync(subscription, cancellationToken);
        var unchanged = record.Criteria == draft.Criteria && record.Filters == draft.Filters && record.Endpoint == draft.Endpoint
            && record.Headers == draft.Headers && record.Payload == draft.Payload && record.Content == draft.Content;

        // A client turns it off, or asks again: a changed channel, or an off or errored subscription asked for again,
        // needs a new handshake (requested); the server never re-activates an errored one by itself (BP-16).
        record.Status = draft.Off ? SubscriptionStatus.Off
            : unchanged && record.Status is SubscriptionStatus.Active or SubscriptionStatus.Requested ? record.Status
            : SubscriptionStatus.Requested;
        if (record.Status == SubscriptionStatus.Requested)
        {
            record.Error = null;
        }

        record.Version++;
        Apply(record, draft, subscription, Now());

        // Only the owner gets here (LockAsync): its scopes now are what the subscription runs under from now on.
        SubscriptionOwner.Stamp(record, caller.Caller);
        await db.SaveChangesAsync(cancellationToken);
        return SubscriptionResources.ToFhir(record, serialization);
    }

    public async Task<Resource> ReadForUpdateAsync(string id, CancellationToken cancellationToken) =>
        SubscriptionResources.ToFhir(await LockAsync(await store.DbAsync(cancellationToken), id, cancellationToken), serialization);

    public async Task<string?> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken)
    {
        var db = await store.DbAsync(cancellationToken);
        var key = id.ToLowerInvariant();
        var record = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == key, cancellationToken);

        // Unknown and another client's answer alike: 404, as a delete of an unknown resource of any other type.
        if (record is null || !SubscriptionOwner.IsVisibleTo(record, caller.Caller))
        {
            throw NotKnown(id);
        }

        if (ifMatch is not null && VersionIds.FromETag(ifMatch) != record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw FhirException.PreconditionFailed($"If-Match {ifMatch} does not match the current version W/\"{record.Version}\" of Subscription/{id}.");
        }

        // The foreign key cascades: its pending and kept events go with it.
        db.Subscriptions.Remove(record);
        await db.SaveChangesAsync(cancellationToken);

        // No version id: the row is gone, and a Subscription's versions are counters, not the outbox's timestamps.
        return null;
    }

    private static SearchParameter<SubscriptionRecord> Declared(ISearchParameter parameter) =>
        SubscriptionSearchParameters.All.First(p => ReferenceEquals(p, parameter));

    // Locked against the matcher (which numbers events on this row) and other writers until the transaction ends.
    private async Task<SubscriptionRecord> LockAsync(Core.State.FhirStateDbContext db, string id, CancellationToken cancellationToken)
    {
        var key = id.ToLowerInvariant();
        var query = store.Postgres
            ? db.Subscriptions.FromSqlInterpolated($"SELECT * FROM fhir.subscription WHERE id = {key} FOR UPDATE")
            : db.Subscriptions.Where(s => s.Id == key);
        var record = await query.FirstOrDefaultAsync(cancellationToken);
        return record is not null && SubscriptionOwner.IsVisibleTo(record, caller.Caller)
            ? record
            : throw FhirException.NotFound($"Subscription/{id} is not known; a Subscription is created with POST.");
    }

    // Another client's subscription is answered as one that does not exist: it learns nothing about it.
    private static FhirException NotKnown(string id) => FhirException.NotFound($"Subscription/{id} is not known.");

    private void Apply(SubscriptionRecord record, SubscriptionDraft draft, Subscription subscription, DateTime now)
    {
        record.Kind = draft.Kind;
        record.Criteria = draft.Criteria;
        record.ResourceType = draft.ResourceType;
        record.Filters = draft.Filters;
        record.ChannelType = draft.ChannelType;
        record.Endpoint = draft.Endpoint;
        record.Payload = draft.Payload;
        record.Content = draft.Content;
        record.Headers = draft.Headers;
        record.HeartbeatSeconds = draft.HeartbeatSeconds;
        record.TimeoutSeconds = draft.TimeoutSeconds;
        record.MaxCount = draft.MaxCount;
        record.EndAt = draft.EndAt;
        record.Resource = SubscriptionResources.Stored(subscription, serialization);
        record.UpdatedAt = now;
    }

    // Microseconds, as PostgreSQL keeps them: what a create answers is what a later read gives.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
    }

    private string BaseUrl() => http.HttpContext is { } context
        ? BaseUrlResolver.Resolve(context)
        : options.CurrentValue.BaseUrl?.TrimEnd('/') ?? string.Empty;
}
