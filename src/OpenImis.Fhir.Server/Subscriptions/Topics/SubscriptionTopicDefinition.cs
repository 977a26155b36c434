using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions.Topics;

/// <summary>
/// One topic the server publishes: which changes of which type trigger it (<see cref="Triggers"/>: create, update,
/// delete), a condition on the resource's new state written as a search query of that type (null: every change),
/// and the filters a subscriber may add. Conditions and filters are evaluated by the engine's search, restricted to
/// the changed resource's id, never by a second evaluator.
/// </summary>
internal sealed record SubscriptionTopicDefinition(
    string Id,
    string Title,
    string Description,
    string ResourceType,
    IReadOnlyList<string> Triggers,
    string? Condition,
    string ConditionDescription,
    IReadOnlyList<TopicFilter> Filters)
{
    /// <summary>The openIMIS guide's canonical base, under which the topics are published.</summary>
    public const string CanonicalBase = "https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/";

    /// <summary>The topic's canonical URL: what a subscription's <c>criteria</c> names.</summary>
    public string Url => CanonicalBase + Id;

    /// <summary>Whether a change of <paramref name="action"/> (<see cref="ChangeAction"/>) can trigger the topic.</summary>
    public bool TriggeredBy(string action) => Triggers.Contains(action, StringComparer.Ordinal);

    /// <summary>The filter called <paramref name="name"/>, or null.</summary>
    public TopicFilter? Filter(string name) => Filters.FirstOrDefault(f => f.Name == name);
}
