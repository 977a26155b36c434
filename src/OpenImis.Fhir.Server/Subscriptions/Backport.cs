namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>The canonical URLs of the Subscriptions R5 Backport IG 1.1.0 (<c>hl7.fhir.uv.subscriptions-backport</c>) the server uses.</summary>
internal static class Backport
{
    public const string Base = "http://hl7.org/fhir/uv/subscriptions-backport";

    public const string SubscriptionProfile = Base + "/StructureDefinition/backport-subscription";

    public const string StatusProfile = Base + "/StructureDefinition/backport-subscription-status-r4";

    public const string NotificationProfile = Base + "/StructureDefinition/backport-subscription-notification-r4";

    public const string FilterCriteria = Base + "/StructureDefinition/backport-filter-criteria";

    public const string PayloadContent = Base + "/StructureDefinition/backport-payload-content";

    public const string HeartbeatPeriod = Base + "/StructureDefinition/backport-heartbeat-period";

    public const string Timeout = Base + "/StructureDefinition/backport-timeout";

    public const string MaxCount = Base + "/StructureDefinition/backport-max-count";

    public const string ChannelType = Base + "/StructureDefinition/backport-channel-type";

    /// <summary>The 0.1.0-era way to name a topic, deprecated in 1.1.0 (which puts the topic in <c>criteria</c>).</summary>
    public const string DeprecatedTopicCanonical = Base + "/StructureDefinition/backport-topic-canonical";

    /// <summary>The 0.1.0-era companion of <see cref="DeprecatedTopicCanonical"/>.</summary>
    public const string DeprecatedAdditionalCriteria = Base + "/StructureDefinition/backport-additional-criteria";

    public const string TopicCanonicalExtension = Base + "/StructureDefinition/capabilitystatement-subscriptiontopic-canonical";

    public const string ServerCapabilityStatement = Base + "/CapabilityStatement/backport-subscription-server-r4";

    public const string StatusOperation = Base + "/OperationDefinition/backport-subscription-status";

    public const string EventsOperation = Base + "/OperationDefinition/backport-subscription-events";

    public const string NotificationTypeSystem = Base + "/CodeSystem/backport-notification-type";

    /// <summary>The content levels, least first.</summary>
    public const string Empty = "empty";

    public const string IdOnly = "id-only";

    public const string FullResource = "full-resource";

    public static readonly IReadOnlyList<string> ContentLevels = [Empty, IdOnly, FullResource];
}
