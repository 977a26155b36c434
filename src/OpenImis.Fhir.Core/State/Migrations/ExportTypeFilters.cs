using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>The <c>_typeFilter</c> queries of an export (issue 10 follow-up).</summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261206010000_ExportTypeFilters")]
public sealed class ExportTypeFilters : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (job, schema) = FhirStateDbContext.Table(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL", "export_job");
        migrationBuilder.AddColumn<string>("type_filters", job, schema: schema, nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (job, schema) = FhirStateDbContext.Table(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL", "export_job");
        migrationBuilder.DropColumn("type_filters", job, schema);
    }
}
