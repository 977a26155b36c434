using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Subscriptions.Topics;

/// <summary>
/// Backport filter criteria (<c>backport-filter-criteria</c>): <c>Type?name=value</c>, <c>Type.name=value</c> or
/// <c>name=value</c>, where name is one of the topic's documented filters. Several are ANDed. Stored as
/// <c>Type?name=value</c>, one a line, and turned into the search parameters of the topic's type when matched.
/// </summary>
internal static class TopicFilters
{
    /// <summary>One filter of one subscription.</summary>
    public sealed record Applied(TopicFilter Filter, string Value, string Text)
    {
        /// <summary>The search parameter and value that apply it: an <c>_id</c> filter takes the id out of a reference.</summary>
        public KeyValuePair<string, string> SearchParameter =>
            new(Filter.SearchParameter, Filter.OnId ? Value[(Value.LastIndexOf('/') + 1)..] : Value);
    }

    /// <summary>Parses one filter of <paramref name="topic"/>; 400 for a filter the topic does not document.</summary>
    public static Applied Parse(string text, SubscriptionTopicDefinition topic)
    {
        var rest = text;
        if (rest.StartsWith(topic.ResourceType + "?", StringComparison.Ordinal) || rest.StartsWith(topic.ResourceType + ".", StringComparison.Ordinal))
        {
            rest = rest[(topic.ResourceType.Length + 1)..];
        }

        var equals = rest.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || rest.Contains('&', StringComparison.Ordinal))
        {
            throw Refused($"Filter '{text}' must be one {topic.ResourceType}?name=value (several filters are several extensions).");
        }

        var name = Uri.UnescapeDataString(rest[..equals]);
        var value = Uri.UnescapeDataString(rest[(equals + 1)..]);
        var filter = topic.Filter(name);
        if (filter is null)
        {
            throw Refused($"Filter '{text}': '{name}' is not a filter of topic {topic.Id}; it has {string.Join(", ", topic.Filters.Select(f => f.Name))} (no modifiers).");
        }

        if (value.Length == 0)
        {
            throw Refused($"Filter '{text}' has no value.");
        }

        return new Applied(filter, value, $"{topic.ResourceType}?{name}={Uri.EscapeDataString(value)}");
    }

    /// <summary>Parses the stored filters of a subscription (one a line).</summary>
    public static IReadOnlyList<Applied> ParseStored(string? stored, SubscriptionTopicDefinition topic) =>
        (stored ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Parse(line, topic)).ToList();

    /// <summary>Checks the value with the engine's parser of the mapped search parameter; 400 when it refuses it.</summary>
    public static async Task CheckValueAsync(Applied filter, SubscriptionTopicDefinition topic, FhirInteractions interactions, CancellationToken cancellationToken)
    {
        Core.Search.SearchQuery parsed;
        try
        {
            parsed = await interactions.ParseCriteriaAsync(topic.ResourceType, [filter.SearchParameter], strict: true, cancellationToken);
        }
        catch (FhirException ex) when (ex.Status == System.Net.HttpStatusCode.BadRequest)
        {
            throw Refused($"Filter '{filter.Text}': {ex.Outcome.Issue.FirstOrDefault()?.Diagnostics ?? ex.Message}");
        }

        if (parsed.Ignored.Count > 0)
        {
            throw Refused($"Filter '{filter.Text}': {string.Join(" ", parsed.Ignored)}");
        }
    }

    private static FhirException Refused(string message) => FhirException.BadRequest(message, "Subscription.criteria.extension");
}
