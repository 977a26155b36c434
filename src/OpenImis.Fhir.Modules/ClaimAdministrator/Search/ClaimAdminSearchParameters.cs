using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.ClaimAdministrator.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Search;

/// <summary>The Practitioner and PractitionerRole search parameters over <c>tblClaimAdmin</c>.</summary>
internal static class ClaimAdminSearchParameters
{
    public static IReadOnlyList<SearchParameter<ClaimAdmin>> Practitioner { get; } =
    [
        SearchParameters.Token<ClaimAdmin>("identifier", "Practitioner.identifier", "The claim administrator's code (Code) or UUID",
            t => IdentifierSearch.Match<ClaimAdmin>(t, a => a.Code, a => a.Uuid)),
        PractitionerResourceType.For<ClaimAdmin>("Practitioner", PractitionerPerson.ClaimAdministrator),
    ];

    public static IReadOnlyList<SearchParameter<ClaimAdmin>> Role { get; } =
    [
        SearchParameters.Token<ClaimAdmin>("identifier", "PractitionerRole.identifier", "The claim administrator's code (Code) or UUID",
            t => IdentifierSearch.Match<ClaimAdmin>(t, a => a.Code, a => a.Uuid)),

        // The role and its Practitioner are one row, so the role refers to the Practitioner of its own UUID.
        SearchParameters.Reference<ClaimAdmin>("practitioner", "PractitionerRole.practitioner", "The claim administrator as a Practitioner",
            r => r.Type is null or "Practitioner" ? Predicates.UuidEquals<ClaimAdmin>(a => a.Uuid, r.Id) : Predicates.False<ClaimAdmin>())
            .Referring("Practitioner", a => a.Uuid),

        // Every claim administrator's role is CA: the parameter picks this source or none of it.
        SearchParameters.Token<ClaimAdmin>("role", "PractitionerRole.code", "CA (claim administrator) or EO (enrolment officer)",
            t => t.Code == PractitionerPerson.ClaimAdministrator && t.System is null or "" or OpenImisIg.QualificationTypeSystem
                ? Predicates.True<ClaimAdmin>()
                : Predicates.False<ClaimAdmin>()),
        PractitionerResourceType.For<ClaimAdmin>("PractitionerRole", PractitionerPerson.ClaimAdministrator),
    ];
}
