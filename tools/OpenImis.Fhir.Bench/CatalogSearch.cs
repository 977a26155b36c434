namespace OpenImis.Fhir.Bench;

/// <summary>
/// One catalog search of <c>search-catalog</c>: the FHIR query the server answers, and the hand-written SQL that does
/// the same (live rows, the same equality or <c>lower(column) LIKE 'x%'</c>, the accurate total, a page of 20 by id).
/// </summary>
internal sealed record CatalogSearch(string Name, string Table, string Column, bool Prefix, string FhirQuery)
{
    public static IReadOnlyList<CatalogSearch> All { get; } =
    [
        new("facility code", "tblHF", "HFCode", false, "Organization?identifier="),
        new("facility name", "tblHF", "HFName", true, "Organization?name="),
        new("item code", "tblItems", "ItemCode", false, "Medication?identifier="),
        new("item name", "tblItems", "ItemName", true, "Medication?name="),
        new("service code", "tblServices", "ServCode", false, "ActivityDefinition?identifier="),
        new("service code prefix", "tblServices", "ServCode", true, "ActivityDefinition?name="),
        new("service name", "tblServices", "ServName", true, "ActivityDefinition?title="),
    ];

    private string Condition => Prefix ? $"lower(\"{Column}\") LIKE @v" : $"\"{Column}\" = @v";

    public string CountSql => $"SELECT count(*) FROM \"{Table}\" WHERE \"ValidityTo\" IS NULL AND {Condition}";

    public string PageSql => $"SELECT * FROM \"{Table}\" WHERE \"ValidityTo\" IS NULL AND {Condition} ORDER BY 1 LIMIT 20";

    /// <summary>What the runs search for: codes as stored, or the first four letters of a name, lower case.</summary>
    public string SampleSql => Prefix
        ? $"SELECT DISTINCT lower(left(\"{Column}\", 4)) FROM \"{Table}\" WHERE \"ValidityTo\" IS NULL"
        : $"SELECT \"{Column}\" FROM \"{Table}\" WHERE \"ValidityTo\" IS NULL ORDER BY random() LIMIT 2000";

    /// <summary>The SQL parameter for a sample: the code itself, or the escaped prefix and a %.</summary>
    public string Parameter(string sample) => Prefix
        ? sample.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"
        : sample;
}
