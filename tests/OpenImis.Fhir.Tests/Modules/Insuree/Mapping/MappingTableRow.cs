namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

/// <summary>One row of a <c>mappings/*.md</c> table, cells without their backticks.</summary>
public sealed record MappingTableRow(
    string Column, string Element, string? TestValue, string? FhirValue, IReadOnlyList<string> Given, string Direction)
{
    // xunit shows this in the test explorer, one case per row.
    public override string ToString() => $"{Column} → {Element}";

    /// <summary>The rows of the first table in <c>mappings/{file}</c>, as copied next to the tests.</summary>
    public static IReadOnlyList<MappingTableRow> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "mappings", file));
        var header = Array.FindIndex(lines, l => l.StartsWith("| openIMIS column", StringComparison.Ordinal));
        var columns = Cells(lines[header]);
        return lines.Skip(header + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => Row(columns, Cells(l)))
            .ToList();
    }

    private static MappingTableRow Row(List<string> columns, List<string> cells)
    {
        string? Cell(string name) => cells[IndexOf(columns, name)] is { Length: > 0 } value ? value : null;
        var given = Cell("given")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new MappingTableRow(Cell("openIMIS column")!, Cell("FHIR element")!, Cell("test value"), Cell("FHIR value"), given, Cell("dir")!);
    }

    private static int IndexOf(List<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        throw new InvalidDataException($"The mapping table has no '{name}' column.");
    }

    // Cells may hold FHIRPath with '|' only inside backticks, which the tables avoid; a plain split is enough.
    private static List<string> Cells(string line) =>
        line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToList();
}
