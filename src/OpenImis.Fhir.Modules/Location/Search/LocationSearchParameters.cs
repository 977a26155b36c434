using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Location.Search;

/// <summary>The Location search parameters over <c>tblLocations</c>.</summary>
internal static class LocationSearchParameters
{
    /// <summary>
    /// The level of a location. R4 core has no search parameter on <c>physicalType</c>, and its <c>type</c> searches
    /// <c>Location.type</c>, which openimis-location forbids; the openIMIS FHIR module calls the parameter
    /// <c>physicalType</c> (its <c>physicalType=si</c> asks for health facilities), so clients keep that name.
    /// </summary>
    public const string PhysicalType = "physicalType";

    public static IReadOnlyList<SearchParameter<Data.Location>> All { get; } =
    [
        SearchParameters.Token<Data.Location>("identifier", "Location.identifier", "The location code (Code) or UUID",
            t => IdentifierSearch.Match<Data.Location>(t, l => l.Code, l => l.Uuid)),
        SearchParameters.Text<Data.Location>("name", "Location.name", "A part of the location's name", l => l.Name),
        SearchParameters.Token<Data.Location>(PhysicalType, "Location.physicalType",
            "The level of the location: R region, D district, W ward/municipality, V village",
            t => SearchParameters.CodeMatch<Data.Location>(l => l.Type, t, OpenImisIg.LocationTypeSystem))
            .WithDefinition(OpenImisIg.Base + "/SearchParameter/Location-physicalType"),
        SearchParameters.Reference<Data.Location>("partof", "Location.partOf", "The location's parent", PartOf)
            .Referring("Location", l => l.Parent!.Uuid),
    ];

    private static Expression<Func<Data.Location, bool>> PartOf(ReferenceValue reference) =>
        reference.Type is null or "Location" && Guid.TryParse(reference.Id, out _)
            ? Predicates.UuidEquals<Data.Location>(l => l.Parent!.Uuid, reference.Id)
            : Predicates.False<Data.Location>();
}
