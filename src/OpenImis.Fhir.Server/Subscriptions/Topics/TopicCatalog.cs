using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions.Topics;

/// <summary>
/// The topics the server publishes (issue 11, §4.3.5 of the reference notes). Each is about one FHIR type the
/// modules serve; a topic whose type is not served (its module is off) is left out of what the server offers.
/// The same list is in the guide (<c>ig/input/fsh/subscription-topics.fsh</c>, page subscriptions), which a unit
/// test holds against this one.
/// </summary>
internal static class TopicCatalog
{
    private static readonly string[] CreateOrUpdate = [ChangeAction.Create, ChangeAction.Update];

    private static readonly TopicFilter Patient = new("patient", "patient", "The insuree (Patient/[id]) the claim is for.");

    public static IReadOnlyList<SubscriptionTopicDefinition> All { get; } =
    [
        new("claim-submitted", "Claim submitted",
            "A claim was submitted and passed the submission checks: it is checked (claim-status 4), awaiting review and valuation.",
            "Claim", CreateOrUpdate, "status=4", "Claim.status search: claim-status 4 (checked)",
            [Patient, new("health-facility", "facility", "The health facility (Organization/[id]) that claims.")]),
        new("claim-adjudicated", "Claim adjudicated",
            "A claim's adjudication is complete: valuated (claim-status 16) or rejected (1).",
            "ClaimResponse", CreateOrUpdate, "outcome=complete", "ClaimResponse.outcome = complete",
            [
                new("patient", "patient", "The insuree (Patient/[id]) the claim is for."),
                new("health-facility", "request.facility", "The health facility (Organization/[id]) of the adjudicated claim."),
            ]),
        new("policy-activated-or-expired", "Policy activated or expired",
            "A policy (Coverage) is active: it was activated (its contributions paid) or has expired (openIMIS's Expired status is still active in FHIR: an expired policy covers its dates).",
            "Coverage", CreateOrUpdate, "status=active", "Coverage.status = active (openIMIS PolicyStatus 2 Active or 8 Expired)",
            [new("patient", "beneficiary", "The family head (Patient/[id]) the policy covers.")]),
        new("insuree-created-or-updated", "Insuree created or updated",
            "An insuree (Patient) was created or changed, by this server or by openIMIS itself.",
            "Patient", CreateOrUpdate, null, "every create and update",
            [
                new("patient", "_id", "The insuree's id."),
                new("location", "address", "A part of the insuree's address: the name of the village, ward, district or region."),
            ]),
        new("insuree-deleted", "Insuree deleted",
            "An insuree (Patient) was deleted (openIMIS's soft delete: ValidityTo stamped on the live row).",
            "Patient", [ChangeAction.Delete], null, "every delete",
            [new("patient", "_id", "The insuree's id.")]),
        new("family-membership-changed", "Family membership changed",
            "A family (Group) was created or changed, or its members changed: an insuree joined it (created into it or moved in), left it (moved out or deleted), by a Group or Patient write or by openIMIS itself.",
            "Group", CreateOrUpdate, null, "every create and update of the family, and every change of its members",
            [new("patient", "member", "A live member (Patient/[id]) of the family.")]),
    ];

    /// <summary>The topics whose type <paramref name="registry"/> serves.</summary>
    public static IReadOnlyList<SubscriptionTopicDefinition> Served(HandlerRegistry registry) =>
        All.Where(t => registry.Serves(t.ResourceType)).ToList();

    /// <summary>The topic with canonical <paramref name="url"/> (a <c>|version</c> suffix ignored), or null.</summary>
    public static SubscriptionTopicDefinition? Find(string url)
    {
        var bare = url.Split('|')[0];
        return All.FirstOrDefault(t => t.Url == bare);
    }
}
