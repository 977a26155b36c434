using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Product.Search;

/// <summary>
/// The indexes InsurancePlan searches and writes need beyond openIMIS's keys: the code (identifier search and the
/// uniqueness check of every write), name prefixes, and the history pointers vread and _history follow.
/// </summary>
internal static class ProductSearchIndexes
{
    private const string Live = "\"ValidityTo\" IS NULL";

    public static IReadOnlyList<SearchIndex> All { get; } =
    [
        new("ix_fhir_product_code", "tblProduct", "\"ProductCode\"", Live),
        new("ix_fhir_product_name", "tblProduct", "lower(\"ProductName\") text_pattern_ops", Live),
        new("ix_fhir_product_legacy", "tblProduct", "\"LegacyID\"", "\"LegacyID\" IS NOT NULL"),
    ];
}
