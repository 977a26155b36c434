using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Server.Subscriptions.Topics;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// What the backport asks of an R4 server's CapabilityStatement beyond what the registry derives: <c>instantiates</c>
/// the backport server statement, and the Subscription entry lists each served topic's canonical
/// (<c>capabilitystatement-subscriptiontopic-canonical</c>). The <c>$status</c> and <c>$events</c> operations come
/// from their <see cref="OperationCapability"/> registrations.
/// </summary>
internal sealed class SubscriptionCapabilities(HandlerRegistry registry) : ICapabilityContributor
{
    public void Contribute(CapabilityStatement statement, string baseUrl)
    {
        var subscription = statement.Rest.SelectMany(r => r.Resource).FirstOrDefault(r => r.Type == "Subscription");
        if (subscription is null)
        {
            return;
        }

        statement.Instantiates = [.. statement.Instantiates, Backport.ServerCapabilityStatement];
        foreach (var topic in TopicCatalog.Served(registry))
        {
            subscription.Extension.Add(new Extension(Backport.TopicCanonicalExtension, new Canonical(topic.Url)));
        }

        subscription.Documentation =
            "R4 criteria subscriptions (rest-hook, with or without payload) and Subscriptions R5 Backport 1.1.0 topic subscriptions "
            + "(rest-hook; content empty, id-only or full-resource). The topics are listed in the extensions and in the guide's page subscriptions.";
    }
}
