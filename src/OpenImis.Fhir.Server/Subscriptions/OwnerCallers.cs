using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// The caller a subscription's matching and delivery run as: its owner as stored, completed by the same
/// <see cref="ICallerEnricher"/>s as an API request, so that the openIMIS user's rights and districts are read again
/// (a right withdrawn in openIMIS applies to the next change, as to the next request). Null when the owner may see
/// nothing now: its openIMIS user is gone or its login names another user, or, with auth on, a subscription made
/// while the server ran without auth (it has no owner whose rights could apply). Without auth a subscription without
/// owner runs unrestricted, as before.
/// </summary>
internal sealed class OwnerCallers(IEnumerable<ICallerEnricher> enrichers, IOptions<AuthOptions> auth, ILogger<OwnerCallers> logger)
{
    /// <summary>A caller that may do nothing: what a subscription whose owner may see nothing acts as.</summary>
    public static FhirCaller Nobody { get; } = new() { ClientId = "(no owner)" };

    // Matching asks at every batch: each reason is logged once per process (per subscription or owner), not once a second.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Logged = new(StringComparer.Ordinal);

    private readonly Dictionary<StoredCaller, FhirCaller?> _known = [];

    /// <summary>The owner of <paramref name="subscription"/> as it is now, or null when nothing may be notified to it.</summary>
    public async Task<FhirCaller?> NowAsync(SubscriptionRecord subscription, CancellationToken cancellationToken)
    {
        if (SubscriptionOwner.Of(subscription) is not { } stored)
        {
            if (!auth.Value.IsOn)
            {
                return FhirCaller.Unrestricted;
            }

            Once(subscription.Id, "no owner", () => logger.LogWarning(
                "Subscription {Id} was made without auth and has no owner: nothing is notified to it while auth is on (delete it, or make it again with a token)", subscription.Id));
            return null;
        }

        // Owners alike (one client's subscriptions) are enriched once per scope: once per matcher batch.
        if (_known.TryGetValue(stored, out var known))
        {
            return known;
        }

        return _known[stored] = await EnrichAsync(stored, cancellationToken);
    }

    private async Task<FhirCaller?> EnrichAsync(StoredCaller stored, CancellationToken cancellationToken)
    {
        var owner = $"{stored.ClientId}/{stored.UserName}";
        var caller = stored.ToCaller();
        try
        {
            foreach (var enricher in enrichers)
            {
                caller = await enricher.EnrichAsync(caller, cancellationToken);
            }
        }
        catch (FhirException ex) when (ex.Status == System.Net.HttpStatusCode.Forbidden)
        {
            var reason = Outcomes.Describe(ex.Outcome);
            Once(owner, reason, () => logger.LogWarning(
                "The subscriptions of client {Client} (openIMIS login {Login}) are notified of nothing: {Reason}", stored.ClientId, stored.UserName, reason));
            return null;
        }

        // The login was given to another openIMIS user since: that user's rights are not the owner's.
        if (caller.OpenImisUserId != stored.UserId)
        {
            Once(owner, "another user", () => logger.LogWarning(
                "The subscriptions of client {Client} are notified of nothing: their openIMIS login {Login} now names another user", stored.ClientId, stored.UserName));
            return null;
        }

        Logged.TryRemove(owner, out _);
        return caller;
    }

    private static void Once(string id, string reason, Action log)
    {
        if (!Logged.TryGetValue(id, out var last) || last != reason)
        {
            Logged[id] = reason;
            log();
        }
    }
}
