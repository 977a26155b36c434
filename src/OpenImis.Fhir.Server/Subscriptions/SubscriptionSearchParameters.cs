using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>The Subscription search parameters over <c>fhir.subscription</c>: R4 core's, plus <c>_id</c> and <c>_lastUpdated</c>.</summary>
internal static class SubscriptionSearchParameters
{
    public static IReadOnlyList<SearchParameter<SubscriptionRecord>> All { get; } =
    [
        SearchParameters.Token<SubscriptionRecord>("_id", "Resource.id", "Logical id of this artifact",
            t => t.Code is null ? Predicates.False<SubscriptionRecord>() : Predicates.Compare<SubscriptionRecord, string, string>(r => r.Id, t.Code.ToLowerInvariant(), System.Linq.Expressions.Expression.Equal))
            .WithDefinition(CoreSearchParameters.Id),
        SearchParameters.Instant<SubscriptionRecord>("_lastUpdated", "Resource.meta.lastUpdated", "When the subscription last changed", r => r.UpdatedAt)
            .WithDefinition(CoreSearchParameters.LastUpdated),
        SearchParameters.Token<SubscriptionRecord>("status", "Subscription.status", "requested, active, error or off",
            t => SearchParameters.CodeMatch<SubscriptionRecord>(r => r.Status, t, "http://hl7.org/fhir/subscription-status")),
        SearchParameters.Uri<SubscriptionRecord>("url", "Subscription.channel.endpoint", "The endpoint notifications are sent to", r => r.Endpoint),
        SearchParameters.Text<SubscriptionRecord>("criteria", "Subscription.criteria", "The search criteria, or the topic canonical URL", r => r.Criteria),
        SearchParameters.Token<SubscriptionRecord>("type", "Subscription.channel.type", "The channel type: rest-hook",
            t => SearchParameters.CodeMatch<SubscriptionRecord>(r => r.ChannelType, t, "http://hl7.org/fhir/subscription-channel-type")),
        SearchParameters.Token<SubscriptionRecord>("payload", "Subscription.channel.payload", "The MIME type of the payload",
            t => SearchParameters.CodeMatch<SubscriptionRecord>(r => r.Payload, t, null)),
    ];
}
