using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Search;

/// <summary>The Organization search parameters over <c>tblHF</c> and the district it names.</summary>
internal static class OrganizationSearchParameters
{
    private const string Core = "http://hl7.org/fhir/SearchParameter/Organization-";

    public static IReadOnlyList<SearchParameter<Data.HealthFacility>> All { get; } =
    [
        SearchParameters.Token<Data.HealthFacility>("identifier", "Organization.identifier", "The health facility's code (Code) or UUID",
            t => IdentifierSearch.Match<Data.HealthFacility>(t, h => h.Code, h => h.Uuid))
            .WithDefinition(Core + "identifier"),
        SearchParameters.Text<Data.HealthFacility>("name", "Organization.name", "A part of the health facility's name", h => h.Name)
            .WithDefinition(Core + "name"),
        SearchParameters.Token<Data.HealthFacility>("type", "Organization.type", "ins (insurer), bus (policy holder) or prov (health facility)",
            ProviderType)
            .WithDefinition(Core + "type"),
        SearchParameters.Text<Data.HealthFacility>("address", "Organization.address", "A part of the address: line, district or region",
            h => h.Address, h => h.Location!.Name, h => h.Location!.Parent!.Name)
            .WithDefinition(Core + "address"),
        SearchParameters.Text<Data.HealthFacility>("address-state", "Organization.address.state", "The region of the address",
            h => h.Location!.Parent!.Name)
            .WithDefinition(Core + "address-state"),
    ];

    // The type is not stored: a health facility is always a provider, so 'prov' matches every row and another code none.
    private static Expression<Func<Data.HealthFacility, bool>> ProviderType(TokenValue token)
    {
        var systemMatches = token.System is null or "" || token.System == OrganizationMapper.OrganizationTypeSystem;
        return systemMatches && token.Code is null or OrganizationMapper.ProviderType
            ? Predicates.True<Data.HealthFacility>()
            : Predicates.False<Data.HealthFacility>();
    }
}
