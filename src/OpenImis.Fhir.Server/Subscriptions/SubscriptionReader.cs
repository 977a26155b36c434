using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.Server.Subscriptions.Topics;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// Reads a Subscription a client sends into a <see cref="SubscriptionDraft"/>, refusing with a 400 and an
/// OperationOutcome whatever the server would not honour exactly (R4 criteria: <see cref="CriteriaCheck"/>; backport:
/// unknown topic, a filter the topic does not document, a channel other than rest-hook, a custom channel, an unknown
/// content level, a payload it cannot produce, an endpoint the endpoint policy refuses, an <c>end</c> in the past).
/// Nothing is stored when it refuses. A subscription is also a standing search under the caller's scopes (SB-17): it
/// needs <c>s</c> on the type its criteria or topic is about (chained types are checked by the engine's parser, as in
/// a search), and <c>r</c> on it when its notifications carry the resources (an R4 payload, <c>full-resource</c>);
/// else 403 naming the scope.
/// </summary>
internal sealed class SubscriptionReader(
    HandlerRegistry registry, FhirInteractions interactions, ISubscriberEndpointPolicy endpoints, AccessPolicy access, TimeProvider clock)
{
    private static readonly string[] PayloadTypes = ["application/fhir+json", "application/fhir+xml"];

    public async Task<SubscriptionDraft> ReadAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var criteria = subscription.Criteria?.Trim();
        if (string.IsNullOrEmpty(criteria))
        {
            throw Refused("Subscription.criteria is required: a search (Claim?patient=Patient/1) or a topic canonical URL.", "Subscription.criteria");
        }

        if (subscription.Extension.Concat(subscription.CriteriaElement.Extension)
            .Any(e => e.Url is Backport.DeprecatedTopicCanonical or Backport.DeprecatedAdditionalCriteria))
        {
            throw Refused(
                "backport-topic-canonical and backport-additional-criteria are the deprecated 0.1.0 form; Subscriptions Backport 1.1.0 names the topic in Subscription.criteria and its filters in backport-filter-criteria.",
                "Subscription.extension");
        }

        var channel = subscription.Channel ?? throw Refused("Subscription.channel is required.", "Subscription.channel");
        var endpoint = await EndpointAsync(channel, cancellationToken);
        var headers = Headers(channel);
        var end = subscription.End?.UtcDateTime;
        if (end is { } at && at <= clock.GetUtcNow().UtcDateTime)
        {
            throw Refused($"Subscription.end {at:o} is in the past.", "Subscription.end");
        }

        var off = subscription.Status == Subscription.SubscriptionStatus.Off;
        var topic = IsTopic(subscription, criteria);
        if (!topic)
        {
            var (type, _) = await CriteriaCheck.CheckAsync(criteria, registry, interactions, cancellationToken);
            var payload = Payload(channel.Payload, required: false);
            RefuseBackportExtensions(channel);
            DemandSearch(type, $"a Subscription with criteria {type}?…");
            if (payload is not null)
            {
                access.Demand(type, ScopeInteraction.Read, $"a Subscription on {type} with a payload (each notification carries the {type})");
            }

            return new SubscriptionDraft(SubscriptionKind.Criteria, criteria, type, null, "rest-hook", endpoint, payload, null, headers,
                null, null, null, end, off);
        }

        var definition = TopicCatalog.Find(criteria);
        if (definition is null || !registry.Serves(definition.ResourceType))
        {
            throw Refused($"'{criteria}' is not a topic this server publishes; see the CapabilityStatement's subscription topics.", "Subscription.criteria");
        }

        DemandSearch(definition.ResourceType, $"a subscription to topic {definition.Id}");
        var filters = await FiltersAsync(subscription, definition, cancellationToken);
        var content = Content(channel);
        if (content == Backport.FullResource)
        {
            access.Demand(definition.ResourceType, ScopeInteraction.Read,
                $"a subscription to topic {definition.Id} with full-resource content (each notification carries the {definition.ResourceType}; id-only does not)");
        }

        return new SubscriptionDraft(SubscriptionKind.Topic, definition.Url, definition.ResourceType, filters, "rest-hook", endpoint,
            Payload(channel.Payload, required: true), content, headers,
            Seconds(channel, Backport.HeartbeatPeriod), Seconds(channel, Backport.Timeout), PositiveCount(channel), end, off);
    }

    // A subscription notifies what a search of its type finds: without s, a client could learn of resources it may not find.
    private void DemandSearch(string type, string what) =>
        access.Demand(type, ScopeInteraction.Search, $"{what} (its events are what a search of {type} finds)");

    // The backport profile, or a criteria that is a URL rather than a search, makes a topic subscription.
    private static bool IsTopic(Subscription subscription, string criteria) =>
        subscription.Meta?.Profile.Contains(Backport.SubscriptionProfile) == true
        || criteria.StartsWith("http://", StringComparison.Ordinal) || criteria.StartsWith("https://", StringComparison.Ordinal);

    private async Task<string> EndpointAsync(Subscription.ChannelComponent channel, CancellationToken cancellationToken)
    {
        if (channel.TypeElement?.Extension.Any(e => e.Url == Backport.ChannelType) == true)
        {
            throw Refused("Custom channel types (backport-channel-type) are not supported; only rest-hook is.", "Subscription.channel.type");
        }

        if (channel.Type != Subscription.SubscriptionChannelType.RestHook)
        {
            throw Refused($"Channel type '{channel.TypeElement?.JsonValue ?? "(none)"}' is not supported; only rest-hook is.", "Subscription.channel.type");
        }

        var endpoint = channel.Endpoint;
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            throw Refused("A rest-hook subscription needs channel.endpoint.", "Subscription.channel.endpoint");
        }

        if (await endpoints.RefusalAsync(endpoint, cancellationToken) is { } refusal)
        {
            throw Refused($"channel.endpoint is refused: {refusal}", "Subscription.channel.endpoint");
        }

        return endpoint;
    }

    // Header values are secrets (tokens): they are stored and sent, never put into a message.
    private static string? Headers(Subscription.ChannelComponent channel)
    {
        var headers = channel.Header.OfType<string>().Where(h => h.Length > 0).ToList();
        for (var i = 0; i < headers.Count; i++)
        {
            var colon = headers[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || headers[i].Any(c => c is '\r' or '\n') || !headers[i][..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw Refused($"channel.header[{i}] must be 'Name: value' on one line.", $"Subscription.channel.header[{i}]");
            }
        }

        return headers.Count == 0 ? null : string.Join('\n', headers);
    }

    private static string? Payload(string? payload, bool required)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return required
                ? throw Refused("A topic subscription needs channel.payload (application/fhir+json or application/fhir+xml).", "Subscription.channel.payload")
                : null;
        }

        var parts = payload.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !PayloadTypes.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
        {
            throw Refused($"channel.payload '{payload}' is not supported; use application/fhir+json or application/fhir+xml.", "Subscription.channel.payload");
        }

        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair[0].Equals("fhirVersion", StringComparison.OrdinalIgnoreCase) && pair.Length == 2 && pair[1] is not ("4.0" or "4.0.1"))
            {
                throw Refused($"channel.payload asks for FHIR version {pair[1]}; this server produces notifications in FHIR 4.0 only.", "Subscription.channel.payload");
            }
        }

        return payload.Trim();
    }

    private static void RefuseBackportExtensions(Subscription.ChannelComponent channel)
    {
        if (channel.PayloadElement?.Extension.Any(e => e.Url == Backport.PayloadContent) == true)
        {
            throw Refused("backport-payload-content applies to topic subscriptions; an R4 criteria subscription has a payload or none.", "Subscription.channel.payload");
        }
    }

    private static string Content(Subscription.ChannelComponent channel)
    {
        var extension = channel.PayloadElement?.Extension.FirstOrDefault(e => e.Url == Backport.PayloadContent)
            ?? throw Refused("A topic subscription needs the backport-payload-content extension on channel.payload (empty, id-only or full-resource).", "Subscription.channel.payload");
        var value = (extension.Value as Code)?.Value ?? (extension.Value as PrimitiveType)?.JsonValue?.ToString();
        return value is not null && Backport.ContentLevels.Contains(value)
            ? value
            : throw Refused($"Payload content '{value}' is not supported; use empty, id-only or full-resource.", "Subscription.channel.payload");
    }

    private static int? Seconds(Subscription.ChannelComponent channel, string url) =>
        channel.Extension.FirstOrDefault(e => e.Url == url)?.Value switch
        {
            null => null,
            UnsignedInt { Value: >= 0 } n => n.Value,
            Integer { Value: >= 0 } n => n.Value,
            _ => throw Refused($"{url.Split('/')[^1]} must be an unsignedInt (seconds).", "Subscription.channel.extension"),
        };

    private static int? PositiveCount(Subscription.ChannelComponent channel) =>
        channel.Extension.FirstOrDefault(e => e.Url == Backport.MaxCount)?.Value switch
        {
            null => null,
            PositiveInt { Value: > 0 } n => n.Value,
            Integer { Value: > 0 } n => n.Value,
            _ => throw Refused("backport-max-count must be a positiveInt.", "Subscription.channel.extension"),
        };

    // Each filter is one of the topic's documented filters with a value the mapped search parameter accepts.
    private async Task<string?> FiltersAsync(Subscription subscription, SubscriptionTopicDefinition topic, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var extension in subscription.CriteriaElement.Extension.Where(e => e.Url == Backport.FilterCriteria))
        {
            var text = (extension.Value as FhirString)?.Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                throw Refused("backport-filter-criteria needs a string value (Type?parameter=value).", "Subscription.criteria.extension");
            }

            var filter = TopicFilters.Parse(text, topic);
            await TopicFilters.CheckValueAsync(filter, topic, interactions, cancellationToken);
            lines.Add(filter.Text);
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    internal static FhirException Refused(string message, string expression) => FhirException.BadRequest(message, expression);
}
