using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>Recorded AuditEvents and the ATNA forwarder's cursor (issue 12).</summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261207000000_AuditEvents")]
public sealed class AuditEvents : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        var (audit, schema) = FhirStateDbContext.Table(postgres, "audit_event");
        migrationBuilder.CreateTable(audit, schema: schema, columns: t => new
        {
            seq = postgres
                ? t.Column<long>().Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : t.Column<long>("INTEGER").Annotation("Sqlite:Autoincrement", true),
            id = t.Column<string>(maxLength: 64),
            recorded = t.Column<DateTime>(time),
            stored_at = t.Column<DateTime>(time),
            type_system = t.Column<string>(),
            type_code = t.Column<string>(maxLength: 64),
            subtype = t.Column<string>(maxLength: 64, nullable: true),
            action = t.Column<string>(maxLength: 1),
            outcome = t.Column<string>(maxLength: 2),
            agents = t.Column<string>(),
            entities = t.Column<string>(),
            patients = t.Column<string>(),
            resource = t.Column<string>(),
        }, constraints: t => t.PrimaryKey("pk_audit_event", x => x.seq));

        // Reads by id, searches and retention by date; the other parameters filter what a date range leaves.
        migrationBuilder.CreateIndex("ux_audit_event_id", audit, "id", schema, unique: true);
        migrationBuilder.CreateIndex("ix_audit_event_recorded", audit, "recorded", schema);

        var (cursor, _) = FhirStateDbContext.Table(postgres, "audit_cursor");
        migrationBuilder.CreateTable(cursor, schema: schema, columns: t => new
        {
            name = t.Column<string>(maxLength: 64),
            position = t.Column<long>(),
            updated_at = t.Column<DateTime>(time),
        }, constraints: t => t.PrimaryKey("pk_audit_cursor", x => x.name));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var (audit, schema) = FhirStateDbContext.Table(postgres, "audit_event");
        migrationBuilder.DropTable(FhirStateDbContext.Table(postgres, "audit_cursor").Name, schema);
        migrationBuilder.DropTable(audit, schema);
    }
}
