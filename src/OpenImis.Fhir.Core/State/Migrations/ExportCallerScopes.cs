using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>The caller of an export (client, effective scopes, openIMIS user and its districts), which its jobs and status checks enforce (issue 12).</summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261206040000_ExportCallerScopes")]
public sealed class ExportCallerScopes : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (job, schema) = FhirStateDbContext.Table(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL", "export_job");
        migrationBuilder.AddColumn<string>("caller_client_id", job, schema: schema, nullable: true);
        migrationBuilder.AddColumn<string>("caller_scopes", job, schema: schema, nullable: true);
        migrationBuilder.AddColumn<int>("caller_user_id", job, schema: schema, nullable: true);
        migrationBuilder.AddColumn<string>("caller_districts", job, schema: schema, nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (job, schema) = FhirStateDbContext.Table(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL", "export_job");
        migrationBuilder.DropColumn("caller_districts", job, schema);
        migrationBuilder.DropColumn("caller_user_id", job, schema);
        migrationBuilder.DropColumn("caller_scopes", job, schema);
        migrationBuilder.DropColumn("caller_client_id", job, schema);
    }
}
