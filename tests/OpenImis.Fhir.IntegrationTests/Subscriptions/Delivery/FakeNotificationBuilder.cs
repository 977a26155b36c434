using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// A test double of the backport notification builder (the real one belongs to the subscription API): a history
/// Bundle whose entry[0] is the status Parameters with the type, the status and one notification-event (number and
/// focus) per event, which is all the delivery tests read.
/// </summary>
internal sealed class FakeNotificationBuilder : INotificationBuilder
{
    public Task<Bundle> BuildAsync(SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, CancellationToken cancellationToken)
    {
        var status = new Parameters();
        status.Add("subscription", new ResourceReference("Subscription/" + subscription.Id));
        status.Add("topic", new Canonical(subscription.Criteria));
        status.Add("status", new Code(subscription.Status));
        status.Add("type", new Code(type));
        status.Add("events-since-subscription-start", new FhirString(subscription.EventCount.ToString(CultureInfo.InvariantCulture)));
        foreach (var change in events)
        {
            status.Parameter.Add(new Parameters.ParameterComponent
            {
                Name = "notification-event",
                Part =
                [
                    new() { Name = "event-number", Value = new FhirString(change.EventNumber.ToString(CultureInfo.InvariantCulture)) },
                    new() { Name = "focus", Value = new ResourceReference($"{change.ResourceType}/{change.ResourceId}") },
                ],
            });
        }

        var bundle = new Bundle { Type = Bundle.BundleType.History };
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:" + Guid.NewGuid(),
            Resource = status,
            Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.GET, Url = $"Subscription/{subscription.Id}/$status" },
            Response = new Bundle.ResponseComponent { Status = "200" },
        });
        return System.Threading.Tasks.Task.FromResult(bundle);
    }
}
