using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>The change detector's cursor, and one outbox row per resource version (issue 11).</summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261206030000_ChangeDetectorTables")]
public sealed class ChangeDetectorTables : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        var (cursor, schema) = FhirStateDbContext.Table(postgres, "change_cursor");
        migrationBuilder.CreateTable(cursor, schema: schema, columns: t => new
        {
            name = t.Column<string>(maxLength: 64),
            position = t.Column<DateTime>(time),
            updated_at = t.Column<DateTime>(time),
        }, constraints: t => t.PrimaryKey("pk_change_cursor", x => x.name));

        // Dedupe: the detector inserts with ON CONFLICT DO NOTHING; a FHIR write's row is there first, as it commits
        // with the rows the detector would find.
        var (change, _) = FhirStateDbContext.Table(postgres, "change_event");
        migrationBuilder.CreateIndex("ux_change_event_version", change, ["resource_type", "resource_id", "version_id"], schema, unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var (change, schema) = FhirStateDbContext.Table(postgres, "change_event");
        migrationBuilder.DropIndex("ux_change_event_version", change, schema);
        migrationBuilder.DropTable(FhirStateDbContext.Table(postgres, "change_cursor").Name, schema);
    }
}
