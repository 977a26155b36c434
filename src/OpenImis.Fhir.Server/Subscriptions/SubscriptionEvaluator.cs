using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Subscriptions.Topics;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// Decides whether one change matches one subscription, with the engine's own search restricted to the changed
/// resource (<c>criteria&amp;_id=[id]</c>): what a client could find with that search is what it is notified of.
/// The resource is judged in its current state, which is the change's new state unless it changed again since
/// (then the later change is judged the same way). R4 criteria never match a delete (R4 semantics); a topic
/// matches a delete by its trigger, and by the filters that need no resource (on the id); any other filter cannot be
/// judged on a deleted resource, so such a subscription is not notified of deletes. Changes that happened before
/// the subscription was made (its creation time against the change's lastUpdated) do not match it. One evaluator serves one batch
/// of changes and remembers each search's answer for it, per caller.
/// The search runs as the caller of <paramref name="access"/>, which the matcher sets to the subscription's owner
/// (SB-17): without <c>s</c> on the type nothing matches, the owner's districts limit the search as they limit the
/// API, and a chained filter needs <c>s</c> on the chained type. A caller limited to districts is not notified of
/// deletes: a deleted resource cannot be placed in a district by a search.
/// </summary>
internal sealed class SubscriptionEvaluator(
    HandlerRegistry registry, FhirInteractions interactions, AccessPolicy access, IServiceProvider services, ILogger logger)
{
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);

    public async Task<bool> MatchesAsync(SubscriptionRecord subscription, ChangeEvent change, CancellationToken cancellationToken)
    {
        // A subscription hears of changes made from its creation on, not of older ones still in the outbox.
        if (subscription.ResourceType != change.ResourceType || change.OccurredAt < subscription.CreatedAt)
        {
            return false;
        }

        if (!access.Allows(change.ResourceType, ScopeInteraction.Search))
        {
            return false;
        }

        if (subscription.Kind == SubscriptionKind.Criteria)
        {
            if (change.Action == ChangeAction.Delete)
            {
                return false;
            }

            var (type, parameters) = CriteriaCheck.Split(subscription.Criteria);
            return await LiveMatchAsync(type, parameters, change.ResourceId, cancellationToken);
        }

        var topic = TopicCatalog.Find(subscription.Criteria);
        if (topic is null || !topic.TriggeredBy(change.Action))
        {
            return false;
        }

        var filters = TopicFilters.ParseStored(subscription.Filters, topic);
        if (change.Action == ChangeAction.Delete)
        {
            return access.Caller.DistrictIds is null && filters.All(f => f.Filter.OnId && string.Equals(f.SearchParameter.Value, change.ResourceId, StringComparison.OrdinalIgnoreCase));
        }

        var query = Condition(topic).Concat(filters.Select(f => f.SearchParameter)).ToList();
        return await LiveMatchAsync(topic.ResourceType, query, change.ResourceId, cancellationToken);
    }

    private static IEnumerable<KeyValuePair<string, string>> Condition(SubscriptionTopicDefinition topic) =>
        topic.Condition is null ? [] : CriteriaCheck.Split($"{topic.ResourceType}?{topic.Condition}").Parameters;

    private async Task<bool> LiveMatchAsync(string type, List<KeyValuePair<string, string>> parameters, string id, CancellationToken cancellationToken)
    {
        // A restricted caller's search runs even without parameters: its districts may leave the resource out.
        var caller = access.Caller;
        if (parameters.Count == 0 && caller.IsUnrestricted)
        {
            return true;
        }

        var key = $"{CallerKey(caller)}|{type}/{id}?{string.Join('&', parameters.Select(p => $"{p.Key}={p.Value}"))}";
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        bool answer;
        try
        {
            var query = await interactions.ParseCriteriaAsync(type, [.. parameters, new("_id", id)], strict: false, cancellationToken);
            var handler = registry.Resolve<ISearchHandler>(services, type);
            var page = await handler.SearchAsync(query with { Count = 1, Offset = 0, Total = TotalMode.None, Includes = [], Sort = [] }, cancellationToken);
            answer = page.Matches.Count > 0;
        }
        catch (FhirException ex) when (ex.Status == System.Net.HttpStatusCode.Forbidden)
        {
            // The owner lost s on a chained type: nothing it could not search for is notified.
            logger.LogDebug("Subscription criteria {Type} not evaluated for {Id} under its owner's scopes: {Reason}", type, id, Outcomes.Describe(ex.Outcome));
            answer = false;
        }
        catch (FhirException ex) when ((int)ex.Status is >= 400 and < 500)
        {
            // A module switched off since the subscription was made, or a chain that became too broad: no match,
            // said once per batch rather than failing every change behind it.
            logger.LogWarning("Subscription criteria {Type} could not be evaluated for {Id}: {Reason}", type, id, Outcomes.Describe(ex.Outcome));
            answer = false;
        }

        _answers[key] = answer;
        return answer;
    }

    // Two owners with the same scopes, user and districts get the same answers.
    private static string CallerKey(FhirCaller caller) => caller.IsUnrestricted
        ? "*"
        : $"{caller.OpenImisUserId}\u001f{caller.Access}\u001f{string.Join(',', caller.DistrictIds ?? [])}";
}
