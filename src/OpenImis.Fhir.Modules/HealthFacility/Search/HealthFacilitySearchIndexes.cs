using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Search;

/// <summary>
/// The indexes Organization and Location-site searches need beyond openIMIS's keys: the code (identifier search and
/// the uniqueness check on write), name prefixes (<c>lower("HFName") LIKE 'x%'</c>) and the history pointer that
/// vread and _history follow. Partial on live rows, like the searches.
/// </summary>
internal static class HealthFacilitySearchIndexes
{
    private const string Live = "\"ValidityTo\" IS NULL";

    public static IReadOnlyList<SearchIndex> All { get; } =
    [
        new("ix_fhir_hf_code", "tblHF", "\"HFCode\"", Live),
        new("ix_fhir_hf_name", "tblHF", "lower(\"HFName\") text_pattern_ops", Live),
        new("ix_fhir_hf_legacy", "tblHF", "\"LegacyID\"", "\"LegacyID\" IS NOT NULL"),
    ];
}
