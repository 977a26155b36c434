using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Medical.Search;

/// <summary>
/// The indexes Medication and ActivityDefinition searches need beyond openIMIS's keys: codes (identifier, name) and
/// name prefixes (the string search is <c>lower(column) LIKE 'x%'</c>) on live rows, and the history pointers that
/// vread and _history follow.
/// </summary>
internal static class MedicalSearchIndexes
{
    private const string Live = "\"ValidityTo\" IS NULL";
    private const string History = "\"LegacyID\" IS NOT NULL";

    public static IReadOnlyList<SearchIndex> All { get; } =
    [
        new("ix_fhir_items_code", "tblItems", "\"ItemCode\"", Live),
        new("ix_fhir_items_name", "tblItems", "lower(\"ItemName\") text_pattern_ops", Live),
        new("ix_fhir_items_legacy", "tblItems", "\"LegacyID\"", History),
        new("ix_fhir_services_code", "tblServices", "\"ServCode\"", Live),
        new("ix_fhir_services_code_prefix", "tblServices", "lower(\"ServCode\") text_pattern_ops", Live),
        new("ix_fhir_services_name", "tblServices", "lower(\"ServName\") text_pattern_ops", Live),
        new("ix_fhir_services_legacy", "tblServices", "\"LegacyID\"", History),
    ];
}
