using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules;
using OpenImis.Fhir.Tests.Architecture;

namespace OpenImis.Fhir.Tests.Core.Data;

/// <summary>
/// Holds the EF model (every module enabled, PostgreSQL provider) against the real openIMIS schema, whose facts
/// openimis-schema.tsv beside this file records: every mapped table and column must exist there with a compatible
/// type and nullability. The model is built without connecting.
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
        // An entity read through a SQL query (FacilityDistrict over tblHF) has no table of its own: the table it reads
        // is checked through the entity that maps it.
        foreach (var entity in Model.Value.GetEntityTypes().Where(e => e.GetTableName() is not null))
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
        if (!IsStricterValidityFrom(entity, column, expected!, property.IsColumnNullable(store)))
        {
            Assert.Equal(expected.Nullable, property.IsColumnNullable(store));
        }

        Assert.Equal(Normalize(expected.Type), Normalize(property.GetColumnType(store)));
    }

    [Fact]
    public void SchemaFile_IsPresent_WhenTestsRun()
    {
        // Say plainly when the reference file is missing, instead of passing the theory above with no rows.
        Assert.True(File.Exists(OpenImisSchema.Path), $"The openIMIS schema file is missing: {OpenImisSchema.Path}");
    }

    [Theory]
    [InlineData("tblClaim")]
    [InlineData("tblHF")]
    [InlineData("tblOfficer")]
    [InlineData("tblPolicy")]
    [InlineData("tblPremium")]
    [InlineData("tblProduct")]
    [InlineData("tblFeedback")]
    public void SchemaFile_HoldsTable_WhenAFutureModuleNeedsIt(string table)
    {
        Assert.True(OpenImisSchema.Load().ContainsKey(table), $"Table \"{table}\" is missing from {OpenImisSchema.Path}.");
    }

    [Fact]
    public void ValidityFromExemption_IsNarrow_WhenAColumnIsNotAVersionedRowsValidityFrom()
    {
        var nullable = new ColumnSpec("timestamp with time zone", Nullable: true);
        var versioned = Model.Value.GetEntityTypes().First(e => typeof(IVersionedRow).IsAssignableFrom(e.ClrType));
        var plain = Model.Value.GetEntityTypes().FirstOrDefault(e => !typeof(IVersionedRow).IsAssignableFrom(e.ClrType));

        Assert.True(IsStricterValidityFrom(versioned, "ValidityFrom", nullable, modelNullable: false));
        Assert.False(IsStricterValidityFrom(versioned, "ValidityTo", nullable, modelNullable: false));
        Assert.False(IsStricterValidityFrom(versioned, "ValidityFrom", nullable with { Nullable = false }, modelNullable: true));
        if (plain is not null)
        {
            Assert.False(IsStricterValidityFrom(plain, "ValidityFrom", nullable, modelNullable: false));
        }
    }

    // Stricter than the schema, on purpose: a few openIMIS tables (tblServices among them) declare ValidityFrom
    // nullable, yet openIMIS always writes it (default now()) and IVersionedRow.ValidityFrom is a non-nullable
    // DateTime that history and versioning rely on. Only that one column of versioned rows, only in that direction
    // (the model requires what the schema allows to be null), is exempt; every other nullability must match.
    private static bool IsStricterValidityFrom(IEntityType entity, string column, ColumnSpec expected, bool modelNullable) =>
        column == "ValidityFrom"
        && typeof(IVersionedRow).IsAssignableFrom(entity.ClrType)
        && expected.Nullable
        && !modelNullable;

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
        public static string Path => System.IO.Path.Combine(
            DependencyRulesTests.RepositoryRoot(), "tests", "OpenImis.Fhir.Tests", "Core", "Data", "openimis-schema.tsv");

        // Tables of newer openIMIS modules that the dump behind openimis-schema.tsv lacks (tblPolicyHolder).
        private static string ModulesPath => System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(Path)!, "openimis-schema-modules.tsv");

        private static readonly Lazy<Dictionary<string, Dictionary<string, ColumnSpec>>> Tables = new(Read);

        public static Dictionary<string, Dictionary<string, ColumnSpec>> Load() => Tables.Value;

        // Lines are table, column, type, nullable (yes|no), key, default; '#' starts a note, the first other line names the fields.
        private static Dictionary<string, Dictionary<string, ColumnSpec>> Read()
        {
            if (!File.Exists(Path))
            {
                throw new FileNotFoundException($"The openIMIS schema file is missing, so the EF model cannot be checked against it: {Path}");
            }

            return new[] { Path, ModulesPath }
                .SelectMany(file => File.ReadLines(file).Where(line => line.Length > 0 && !line.StartsWith('#')).Skip(1))
                .Select(line => line.Split('\t'))
                .GroupBy(fields => fields[0], StringComparer.Ordinal)
                .ToDictionary(
                    table => table.Key,
                    table => table.ToDictionary(f => f[1], f => new ColumnSpec(f[2], f[3] == "yes"), StringComparer.Ordinal),
                    StringComparer.Ordinal);
        }
    }
}
