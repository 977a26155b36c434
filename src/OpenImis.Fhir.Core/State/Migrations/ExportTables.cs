using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>Bulk export's jobs and chunks (issue 10).</summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261206000000_ExportTables")]
public sealed class ExportTables : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        var uuid = postgres ? "uuid" : "TEXT";
        if (postgres)
        {
            migrationBuilder.EnsureSchema(FhirStateDbContext.Schema);
        }

        var (job, schema) = FhirStateDbContext.Table(postgres, "export_job");
        migrationBuilder.CreateTable(job, schema: schema, columns: t => new
        {
            id = t.Column<Guid>(uuid),
            status = t.Column<string>(maxLength: 16),
            level = t.Column<string>(maxLength: 16),
            request = t.Column<string>(),
            base_url = t.Column<string>(),
            types = t.Column<string>(),
            group_id = t.Column<string>(nullable: true),
            patient_ids = t.Column<string>(nullable: true),
            since = t.Column<DateTime>(time, nullable: true),
            transaction_time = t.Column<DateTime>(time),
            ignored = t.Column<string>(nullable: true),
            created_at = t.Column<DateTime>(time),
            completed_at = t.Column<DateTime>(time, nullable: true),
            expires_at = t.Column<DateTime>(time, nullable: true),
            error = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_export_job", x => x.id));

        var (chunk, _) = FhirStateDbContext.Table(postgres, "export_chunk");
        migrationBuilder.CreateTable(chunk, schema: schema, columns: t => new
        {
            export_id = t.Column<Guid>(uuid),
            seq = t.Column<int>(),
            kind = t.Column<string>(maxLength: 16),
            resource_type = t.Column<string>(maxLength: 64),
            source = t.Column<int>(),
            key_from = t.Column<long>(),
            key_to = t.Column<long>(),
            status = t.Column<string>(maxLength: 16),
            count = t.Column<int>(),
            bytes = t.Column<long>(),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_export_chunk", x => new { x.export_id, x.seq });
            t.ForeignKey("fk_export_chunk_export_job", x => x.export_id, job, "id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var (chunk, schema) = FhirStateDbContext.Table(postgres, "export_chunk");
        migrationBuilder.DropTable(chunk, schema);
        migrationBuilder.DropTable(FhirStateDbContext.Table(postgres, "export_job").Name, schema);
    }
}
