using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Search;

/// <summary>
/// The indexes Patient and Group searches need beyond openIMIS's own keys: name prefixes (the string search is
/// <c>lower(column) LIKE 'x%'</c>), the CHFID, family membership, and the history pointers that vread and
/// _history follow. Partial on live rows, like the searches.
/// </summary>
internal static class InsureeSearchIndexes
{
    private const string Live = "\"ValidityTo\" IS NULL";
    private const string History = "\"LegacyID\" IS NOT NULL";

    public static IReadOnlyList<SearchIndex> All { get; } =
    [
        new("ix_fhir_insuree_last_name", "tblInsuree", "lower(\"LastName\") text_pattern_ops", Live),
        new("ix_fhir_insuree_other_names", "tblInsuree", "lower(\"OtherNames\") text_pattern_ops", Live),
        new("ix_fhir_insuree_chfid", "tblInsuree", "\"CHFID\"", Live),
        new("ix_fhir_insuree_family", "tblInsuree", "\"FamilyID\"", Live),
        new("ix_fhir_insuree_legacy", "tblInsuree", "\"LegacyID\"", History),
        new("ix_fhir_families_legacy", "tblFamilies", "\"LegacyID\"", History),
    ];
}
