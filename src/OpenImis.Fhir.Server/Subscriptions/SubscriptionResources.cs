using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>A stored subscription as the Subscription resource: the resource as accepted, with the server's state over it.</summary>
internal static class SubscriptionResources
{
    /// <summary>The openIMIS guide's profile of an R4 rest-hook subscription without payload.</summary>
    public const string OpenImisProfile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-subscription";

    public static Subscription ToFhir(SubscriptionRecord record, FhirSerialization serialization)
    {
        var resource = (Subscription)serialization.Parse(record.Resource, FhirFormat.Json, long.MaxValue);
        resource.Id = record.Id;
        resource.Meta = new Meta
        {
            VersionId = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            LastUpdated = new DateTimeOffset(DateTime.SpecifyKind(record.UpdatedAt, DateTimeKind.Utc)),
            Profile = Profiles(record),
        };
        resource.Status = Hl7.Fhir.Utility.EnumUtility.ParseLiteral<Subscription.SubscriptionStatus>(record.Status);
        resource.Error = record.Error;
        return resource;
    }

    /// <summary>What is stored of what the client sent: no id, meta or server-owned state.</summary>
    public static string Stored(Subscription subscription, FhirSerialization serialization)
    {
        var copy = (Subscription)subscription.DeepCopy();
        copy.Id = null;
        copy.Meta = null;
        copy.Error = null;
        copy.Status = Subscription.SubscriptionStatus.Requested;
        return serialization.ToJson(copy);
    }

    // The guide's profile forbids a payload and contacts; a subscription with either claims only the core type.
    private static string[] Profiles(SubscriptionRecord record) => record.Kind == SubscriptionKind.Topic
        ? [Backport.SubscriptionProfile]
        : record.Payload is null ? [OpenImisProfile] : [];
}
