using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// The client a subscription belongs to, kept on its row as a <see cref="StoredCaller"/> (the same piece an export
/// keeps): stamped at creation and at every update (only its owner may update it), it alone sees the subscription
/// and its <c>$status</c>/<c>$events</c>, and the matcher and the dispatcher act as it (<see cref="OwnerCallers"/>).
/// </summary>
internal static class SubscriptionOwner
{
    /// <summary>Records <paramref name="caller"/> as the owner; an unrestricted caller (Auth:Mode none) leaves none.</summary>
    public static void Stamp(SubscriptionRecord record, FhirCaller caller)
    {
        var stored = StoredCaller.From(caller);
        record.Owner = stored?.ClientId;
        record.OwnerScopes = stored?.Scopes;
        record.OwnerUserId = stored?.UserId;
        record.OwnerUserName = stored?.UserName;
        record.OwnerDistricts = stored?.Districts;
    }

    /// <summary>The owner as stored, or null for a subscription made without auth.</summary>
    public static StoredCaller? Of(SubscriptionRecord record) => record.OwnerScopes is null
        ? null
        : new StoredCaller(record.Owner, record.OwnerScopes, record.OwnerUserId, record.OwnerUserName, record.OwnerDistricts);

    /// <summary>
    /// Whether <paramref name="caller"/> may see the subscription: an unrestricted caller sees every one, any other
    /// only those of its own client (a subscription made without auth belongs to no client).
    /// </summary>
    public static bool IsVisibleTo(SubscriptionRecord record, FhirCaller caller) =>
        caller.IsUnrestricted || (Of(record) is { } owner && owner.IsSameClient(caller));

    /// <summary>The rows <paramref name="caller"/> may see, as a query filter.</summary>
    public static IQueryable<SubscriptionRecord> VisibleTo(IQueryable<SubscriptionRecord> rows, FhirCaller caller)
    {
        if (caller.IsUnrestricted)
        {
            return rows;
        }

        var client = StoredCaller.ClientOf(caller);
        return client is null ? rows.Where(s => false) : rows.Where(s => s.OwnerScopes != null && s.Owner == client);
    }
}
