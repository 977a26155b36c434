using OpenImis.Fhir.Modules.Location.Data;

namespace OpenImis.Fhir.Modules.Location.Mapping;

/// <summary>
/// The four levels of the openIMIS location tree, as the guide's location-type code system spells them (the same
/// letters as <c>tblLocations.LocationType</c>, so no ConceptMap is needed), and which level each sits under.
/// </summary>
internal static class LocationLevels
{
    public static IReadOnlyList<string> All { get; } = [LocationTypes.Region, LocationTypes.District, LocationTypes.Ward, LocationTypes.Village];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);

    /// <summary>The display the guide gives the code.</summary>
    public static string Display(string type) => type switch
    {
        LocationTypes.Region => "Region",
        LocationTypes.District => "District",
        LocationTypes.Ward => "Municipality/Ward",
        LocationTypes.Village => "City/Village",
        _ => type,
    };

    /// <summary>The level a location of <paramref name="type"/> must sit under; null for a region, which has no parent.</summary>
    public static string? ParentOf(string type) => type switch
    {
        LocationTypes.District => LocationTypes.Region,
        LocationTypes.Ward => LocationTypes.District,
        LocationTypes.Village => LocationTypes.Ward,
        _ => null,
    };
}
