using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Search;

/// <summary>The Claim search parameters over <c>tblClaim</c>.</summary>
internal static class ClaimSearchParameters
{
    public const string StatusSystem = OpenImisIg.Base + "/CodeSystem/claim-status";

    public static IReadOnlyList<SearchParameter<ClaimRow>> All { get; } =
    [
        SearchParameters.Token<ClaimRow>("identifier", "Claim.identifier", "The claim code (Code) or UUID",
            t => IdentifierSearch.Match<ClaimRow>(t, c => c.Code, c => c.Uuid)),
        SearchParameters.Reference<ClaimRow>("patient", "Claim.patient", "The insuree the claim is for",
                r => r.Type is null or "Patient"
                    ? Predicates.Through<ClaimRow, Insuree.Data.Insuree>(c => c.Insuree!, Predicates.UuidEquals<Insuree.Data.Insuree>(i => i.Uuid, r.Id))
                    : Predicates.False<ClaimRow>())
            .Referring("Patient", c => c.Insuree != null ? c.Insuree.Uuid : null),
        Facility("facility"),
        Facility("provider"),
        SearchParameters.Reference<ClaimRow>("enterer", "Claim.enterer", "The claim administrator who entered the claim",
                r => r.Type is null or "Practitioner"
                    ? Predicates.Through<ClaimRow, ClaimAdministrator.Data.ClaimAdmin>(c => c.ClaimAdmin!, Predicates.UuidEquals<ClaimAdministrator.Data.ClaimAdmin>(a => a.Uuid, r.Id))
                    : Predicates.False<ClaimRow>())
            .Referring("Practitioner", c => c.ClaimAdmin != null ? c.ClaimAdmin.Uuid : null),
        SearchParameters.Date<ClaimRow>("created", "Claim.created", "The date the claim was made (DateClaimed)", c => c.DateClaimed),
        SearchParameters.Token<ClaimRow>("status", "Claim.status",
            "active (every claim), or an openIMIS claim status of claim-status: 1 rejected, 2 entered, 4 checked, 8 processed, 16 valuated",
            Status),
        SearchParameters.Token<ClaimRow>("use", "Claim.use", "claim: openIMIS has only claims",
            t => t.Code == "claim" && t.System is null or "" or "http://hl7.org/fhir/claim-use" ? Predicates.True<ClaimRow>() : Predicates.False<ClaimRow>()),
    ];

    // The guide's Claim.provider is the health facility; openIMIS has no other facility on a claim.
    private static SearchParameter<ClaimRow> Facility(string name) =>
        SearchParameters.Reference<ClaimRow>(name, "Claim.provider", "The health facility that claims",
                r => r.Type is null or "Organization"
                    ? Predicates.Through<ClaimRow, HealthFacility.Data.HealthFacility>(c => c.HealthFacility!, Predicates.UuidEquals<HealthFacility.Data.HealthFacility>(h => h.Uuid, r.Id))
                    : Predicates.False<ClaimRow>())
            .Referring("Organization", c => c.HealthFacility != null ? c.HealthFacility.Uuid : null);

    private static Expression<Func<ClaimRow, bool>> Status(TokenValue token)
    {
        if (token.System is null or "" or "http://hl7.org/fhir/fm-status" && token.Code == "active")
        {
            return Predicates.True<ClaimRow>();
        }

        return token.System is null or "" or StatusSystem && short.TryParse(token.Code, out var status)
            ? c => c.Status == status
            : Predicates.False<ClaimRow>();
    }
}
