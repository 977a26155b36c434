using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// The backport's SubscriptionStatus as R4 <c>Parameters</c> (profile backport-subscription-status-r4): subscription,
/// topic, status, type, events-since-subscription-start, one notification-event per event (number, timestamp,
/// focus unless the content is <c>empty</c>) and the last error.
/// </summary>
internal static class SubscriptionStatusParameters
{
    public static Parameters Build(SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, string content, long eventsSinceStart)
    {
        var baseUrl = subscription.BaseUrl;
        var parameters = new Parameters { Meta = new Meta { Profile = [Backport.StatusProfile] } };
        parameters.Add("subscription", new ResourceReference($"{baseUrl}/Subscription/{subscription.Id}"));

        // The topic is left out of an empty notification (SHOULD NOT), put into the others; an R4 criteria
        // subscription has none.
        if (subscription.Kind == SubscriptionKind.Topic && content != Backport.Empty)
        {
            parameters.Add("topic", new Canonical(subscription.Criteria));
        }

        parameters.Add("status", new Code(subscription.Status));
        parameters.Add("type", new Code(type));
        parameters.Add("events-since-subscription-start", new FhirString(eventsSinceStart.ToString(CultureInfo.InvariantCulture)));
        foreach (var e in events)
        {
            var parts = new List<Parameters.ParameterComponent>
            {
                new() { Name = "event-number", Value = new FhirString(e.EventNumber.ToString(CultureInfo.InvariantCulture)) },
                new() { Name = "timestamp", Value = new Instant(new DateTimeOffset(DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc))) },
            };
            if (content != Backport.Empty)
            {
                parts.Add(new() { Name = "focus", Value = new ResourceReference(FocusUrl(baseUrl, e)) });
            }

            parameters.Parameter.Add(new Parameters.ParameterComponent { Name = "notification-event", Part = parts });
        }

        if (subscription.Status == SubscriptionStatus.Error && !string.IsNullOrEmpty(subscription.Error))
        {
            parameters.Add("error", new CodeableConcept { Text = subscription.Error });
        }

        return parameters;
    }

    public static string FocusUrl(string baseUrl, SubscriptionEvent e) => $"{baseUrl}/{e.ResourceType}/{e.ResourceId}";
}
