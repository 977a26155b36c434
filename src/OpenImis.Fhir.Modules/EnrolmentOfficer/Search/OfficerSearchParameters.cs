using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Search;

/// <summary>The Practitioner and PractitionerRole search parameters over <c>tblOfficer</c>.</summary>
internal static class OfficerSearchParameters
{
    public static IReadOnlyList<SearchParameter<Officer>> Practitioner { get; } =
    [
        SearchParameters.Token<Officer>("identifier", "Practitioner.identifier", "The enrolment officer's code (Code) or UUID",
            t => IdentifierSearch.Match<Officer>(t, o => o.Code, o => o.Uuid)),
        PractitionerResourceType.For<Officer>("Practitioner", PractitionerPerson.EnrolmentOfficer),
    ];

    public static IReadOnlyList<SearchParameter<Officer>> Role { get; } =
    [
        SearchParameters.Token<Officer>("identifier", "PractitionerRole.identifier", "The enrolment officer's code (Code) or UUID",
            t => IdentifierSearch.Match<Officer>(t, o => o.Code, o => o.Uuid)),

        // The role and its Practitioner are one row, so the role refers to the Practitioner of its own UUID.
        SearchParameters.Reference<Officer>("practitioner", "PractitionerRole.practitioner", "The enrolment officer as a Practitioner",
            r => r.Type is null or "Practitioner" ? Predicates.UuidEquals<Officer>(o => o.Uuid, r.Id) : Predicates.False<Officer>())
            .Referring("Practitioner", o => o.Uuid),

        // The villages the officer serves (live tblOfficerVillages rows); claim administrators serve none, so the
        // composite asks only this source.
        SearchParameters.Reference<Officer>("location", "PractitionerRole.location", "A village the enrolment officer serves",
            r => r.Type is null or "Location"
                ? ServesVillage(r.Id)
                : Predicates.False<Officer>())
            .Referring("Location", o => o.Villages.Where(v => v.ValidityTo == null && v.Location != null).Select(v => v.Location!.Uuid)),

        // Every officer's role is EO: the parameter picks this source or none of it.
        SearchParameters.Token<Officer>("role", "PractitionerRole.code", "CA (claim administrator) or EO (enrolment officer)",
            t => t.Code == PractitionerPerson.EnrolmentOfficer && t.System is null or "" or OpenImisIg.QualificationTypeSystem
                ? Predicates.True<Officer>()
                : Predicates.False<Officer>()),
        PractitionerResourceType.For<Officer>("PractitionerRole", PractitionerPerson.EnrolmentOfficer),
    ];

    // openIMIS may store a UUID in either case: both spellings are compared, as everywhere (Predicates.UuidEquals).
    private static System.Linq.Expressions.Expression<Func<Officer, bool>> ServesVillage(string id)
    {
        var lower = id.ToLowerInvariant();
        var upper = id.ToUpperInvariant();
        return o => o.Villages.Any(v => v.ValidityTo == null && v.Location != null && (v.Location.Uuid == lower || v.Location.Uuid == upper));
    }
}
