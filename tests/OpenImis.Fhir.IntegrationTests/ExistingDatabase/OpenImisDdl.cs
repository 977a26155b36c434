using System.Text;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.ExistingDatabase;

/// <summary>
/// The DDL of the real openIMIS PostgreSQL schema, generated from the facts the repository records about it
/// (tests/OpenImis.Fhir.Tests/Core/Data/openimis-schema*.tsv): every table with its columns' own types, NULLability,
/// defaults and serial keys, the primary keys, and the foreign keys between tables that are there. It is what
/// openIMIS made, not what EF would make, so a test over it catches a model or a mapper that only works on the
/// server's own tables.
/// </summary>
internal static class OpenImisDdl
{
    private static readonly string[] Files = ["openimis-schema.tsv", "openimis-schema-modules.tsv"];

    public static string Script()
    {
        var columns = Files
            .SelectMany(file => File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "OpenImis.Fhir.Tests", "Core", "Data", file))
                .Where(line => line.Length > 0 && !line.StartsWith('#')).Skip(1))
            .Select(line => line.Split('\t'))
            .Select(f => new Column(f[0], f[1], f[2], f[3] == "yes", f[4], f[5]))
            .ToList();
        var tables = columns.GroupBy(c => c.Table, StringComparer.Ordinal).ToList();
        var keys = tables.ToDictionary(
            t => t.Key, t => t.Where(c => c.Key.Split(',').Contains("PK")).Select(c => c.Name).ToList(), StringComparer.Ordinal);

        var sql = new StringBuilder();
        foreach (var table in tables)
        {
            var lines = table.Select(Definition).ToList();
            if (keys[table.Key] is { Count: > 0 } key)
            {
                lines.Add($"PRIMARY KEY ({string.Join(", ", key.Select(Quote))})");
            }

            sql.Append("CREATE TABLE ").Append(Quote(table.Key)).Append(" (\n  ").AppendJoin(",\n  ", lines).Append(");\n");
        }

        // Foreign keys once every table exists (openIMIS's reference each other both ways), to single-column primary keys
        // of tables the files hold: core_User and the like belong to modules no served type reads.
        foreach (var column in columns)
        {
            foreach (var target in column.Key.Split(',').Where(k => k.StartsWith("FK ", StringComparison.Ordinal)).Select(k => k[3..].Split('.')))
            {
                if (keys.TryGetValue(target[0], out var key) && key.SequenceEqual([target[1]]))
                {
                    sql.Append($"ALTER TABLE {Quote(column.Table)} ADD FOREIGN KEY ({Quote(column.Name)}) REFERENCES {Quote(target[0])} ({Quote(target[1])});\n");
                }
            }
        }

        return sql.ToString();
    }

    private static string Definition(Column column)
    {
        // serial and an explicit nextval are both a column's own sequence; PostgreSQL spells it serial/bigserial.
        var serial = column.Default == "serial" || column.Default.StartsWith("nextval(", StringComparison.Ordinal);
        var type = serial ? (column.Type == "bigint" ? "bigserial" : column.Type == "smallint" ? "smallserial" : "serial") : column.Type;
        var definition = $"{Quote(column.Name)} {type}";
        if (!column.Nullable && !serial)
        {
            definition += " NOT NULL";
        }

        return serial || column.Default == "-" ? definition : $"{definition} DEFAULT {column.Default}";
    }

    private static string Quote(string name) => $"\"{name}\"";

    private sealed record Column(string Table, string Name, string Type, bool Nullable, string Key, string Default);
}
