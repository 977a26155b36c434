using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Location.Search;

/// <summary>
/// The indexes Location searches and writes need beyond openIMIS's keys: the code (identifier search and the
/// uniqueness check on write), name prefixes (<c>lower(name) LIKE 'x%'</c>), the parent (partof search, the children a
/// delete looks for) and the history pointers of vread and _history. Partial on live rows, like the searches.
/// </summary>
internal static class LocationSearchIndexes
{
    private const string Live = "\"ValidityTo\" IS NULL";

    public static IReadOnlyList<SearchIndex> All { get; } =
    [
        new("ix_fhir_locations_code", "tblLocations", "\"LocationCode\"", Live),
        new("ix_fhir_locations_name", "tblLocations", "lower(\"LocationName\") text_pattern_ops", Live),
        new("ix_fhir_locations_parent", "tblLocations", "\"ParentLocationId\"", Live),
        new("ix_fhir_locations_legacy", "tblLocations", "\"LegacyID\"", "\"LegacyID\" IS NOT NULL"),
    ];
}
