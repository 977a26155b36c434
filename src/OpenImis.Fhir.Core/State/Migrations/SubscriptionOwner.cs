using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>
/// The owner of a subscription beside its client (<c>owner</c>): effective scopes, openIMIS user id and login, districts,
/// under which its matching and full-resource delivery run (SB-17, issue 12).
/// </summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261207010000_SubscriptionOwner")]
public sealed class SubscriptionOwner : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (subscription, schema) = FhirStateDbContext.Table(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL", "subscription");
        migrationBuilder.AddColumn<string>("owner_scopes", subscription, schema: schema, nullable: true);
        migrationBuilder.AddColumn<int>("owner_user_id", subscription, schema: schema, nullable: true);
        migrationBuilder.AddColumn<string>("owner_user_name", subscription, schema: schema, nullable: true);
        migrationBuilder.AddColumn<string>("owner_districts", subscription, schema: schema, nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (subscription, schema) = FhirStateDbContext.Table(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL", "subscription");
        migrationBuilder.DropColumn("owner_districts", subscription, schema);
        migrationBuilder.DropColumn("owner_user_name", subscription, schema);
        migrationBuilder.DropColumn("owner_user_id", subscription, schema);
        migrationBuilder.DropColumn("owner_scopes", subscription, schema);
    }
}
