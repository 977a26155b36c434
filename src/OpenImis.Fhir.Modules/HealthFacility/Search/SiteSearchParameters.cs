using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Search;

/// <summary>The Location search parameters over <c>tblHF</c>, for health facilities served as sites.</summary>
internal static class SiteSearchParameters
{
    private const string Core = "http://hl7.org/fhir/SearchParameter/Location-";

    // R4 has no physical-type parameter (R5 adds one); openIMIS's module answers physicalType=si, so the server
    // declares it, under the guide's base like the guide's own Patient-address-district.
    private const string PhysicalTypeDefinition = OpenImisIg.Base + "/SearchParameter/Location-physicalType";

    public static IReadOnlyList<SearchParameter<Data.HealthFacility>> All { get; } =
    [
        SearchParameters.Token<Data.HealthFacility>("identifier", "Location.identifier", "The health facility's code (Code) or UUID",
            t => IdentifierSearch.Match<Data.HealthFacility>(t, h => h.Code, h => h.Uuid))
            .WithDefinition(Core + "identifier"),
        SearchParameters.Text<Data.HealthFacility>("name", "Location.name", "A part of the health facility's name", h => h.Name)
            .WithDefinition(Core + "name"),
        SearchParameters.Token<Data.HealthFacility>("physicalType", "Location.physicalType", "'si' for health facilities", PhysicalType)
            .WithDefinition(PhysicalTypeDefinition),
        SearchParameters.Reference<Data.HealthFacility>("organization", "Location.managingOrganization", "The health facility's own Organization",
            r => r.Type is null or "Organization" ? Predicates.UuidEquals<Data.HealthFacility>(h => h.Uuid, r.Id) : Predicates.False<Data.HealthFacility>())
            .WithDefinition(Core + "organization")
            .Referring("Organization", h => h.Uuid),
        SearchParameters.Reference<Data.HealthFacility>("partof", "Location.partOf", "The health facility's district", District)
            .WithDefinition(Core + "partof")
            .Referring("Location", h => h.Location!.Uuid),
    ];

    private static Expression<Func<Data.HealthFacility, bool>> PhysicalType(TokenValue token)
    {
        var systemMatches = token.System is null or "" || token.System == SiteLocationMapper.PhysicalTypeSystem;
        return systemMatches && token.Code is null or SiteLocationMapper.Site
            ? Predicates.True<Data.HealthFacility>()
            : Predicates.False<Data.HealthFacility>();
    }

    private static Expression<Func<Data.HealthFacility, bool>> District(ReferenceValue reference) =>
        reference.Type is null or "Location"
            ? Predicates.Through<Data.HealthFacility, Location.Data.Location>(
                h => h.Location!, Predicates.UuidEquals<Location.Data.Location>(l => l.Uuid, reference.Id))
            : Predicates.False<Data.HealthFacility>();
}
