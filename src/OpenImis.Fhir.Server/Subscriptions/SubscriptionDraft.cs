namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>What a valid Subscription resource asks for, as the columns of <c>fhir.subscription</c> hold it.</summary>
internal sealed record SubscriptionDraft(
    string Kind,
    string Criteria,
    string ResourceType,
    string? Filters,
    string ChannelType,
    string Endpoint,
    string? Payload,
    string? Content,
    string? Headers,
    int? HeartbeatSeconds,
    int? TimeoutSeconds,
    int? MaxCount,
    DateTime? EndAt,
    bool Off);
