using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules;
using OpenImis.Fhir.Tests.Architecture;

namespace OpenImis.Fhir.Tests.Core.Data;

/// <summary>
/// Holds the EF model (every module enabled, PostgreSQL provider) against the real openIMIS schema in
/// ../shared/openimis-db/schema.json: every mapped table and column must exist there with a compatible type and
/// nullability. The model is built without connecting.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly Lazy<IModel> Model = new(() =>
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=unused" };
        var options = new DbContextOptionsBuilder<ImisDbContext>().UseOpenImis(database, new EnabledModules(ModuleCatalog.All)).Options;
        using var db = new ImisDbContext(options);
        return db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
    });

    public static TheoryData<string, string> MappedColumns()
    {
        var data = new TheoryData<string, string>();
        foreach (var entity in Model.Value.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                data.Add(table.Name, property.GetColumnName(table)!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MappedColumns))]
    public void Column_MatchesOpenImisSchema_WhenMapped(string table, string column)
    {
        var schema = OpenImisSchema.Load();
        Assert.True(schema.TryGetValue(table, out var columns), $"Table \"{table}\" is not in the openIMIS schema.");
        Assert.True(columns!.TryGetValue(column, out var expected), $"Column \"{table}\".\"{column}\" is not in the openIMIS schema.");

        var entity = Model.Value.GetEntityTypes().First(e => e.GetTableName() == table);
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var property = entity.GetProperties().First(p => p.GetColumnName(store) == column);
        Assert.Equal(expected!.Nullable, property.IsColumnNullable(store));
        Assert.Equal(Normalize(expected.Type), Normalize(property.GetColumnType(store)));
    }

    [Fact]
    public void SchemaFile_IsPresent_WhenTestsRun()
    {
        // Say plainly when the reference file is missing, instead of passing the theory above with no rows.
        Assert.True(File.Exists(OpenImisSchema.Path), $"The openIMIS schema file is missing: {OpenImisSchema.Path}");
    }

    private static string Normalize(string type) => type.ToLowerInvariant() switch
    {
        "int" or "int4" or "serial" => "integer",
        "int2" => "smallint",
        "bool" => "boolean",
        "timestamptz" => "timestamp with time zone",
        var t when t.StartsWith("varchar(", StringComparison.Ordinal) => "character varying(" + t[8..],
        var t => t,
    };

    private sealed record ColumnSpec(string Type, bool Nullable);

    private static class OpenImisSchema
    {
        public static string Path => System.IO.Path.Combine(DependencyRulesTests.RepositoryRoot(), "..", "shared", "openimis-db", "schema.json");

        private static readonly Lazy<Dictionary<string, Dictionary<string, ColumnSpec>>> Tables = new(Read);

        public static Dictionary<string, Dictionary<string, ColumnSpec>> Load() => Tables.Value;

        private static Dictionary<string, Dictionary<string, ColumnSpec>> Read()
        {
            if (!File.Exists(Path))
            {
                throw new FileNotFoundException($"The openIMIS schema file is missing, so the EF model cannot be checked against it: {Path}");
            }

            using var document = JsonDocument.Parse(File.ReadAllText(Path));
            return document.RootElement.GetProperty("tables").EnumerateObject().ToDictionary(
                t => t.Name,
                t => t.Value.GetProperty("columns").EnumerateArray().ToDictionary(
                    c => c.GetProperty("name").GetString()!,
                    c => new ColumnSpec(c.GetProperty("type").GetString()!, c.GetProperty("nullable").GetBoolean())));
        }
    }
}
