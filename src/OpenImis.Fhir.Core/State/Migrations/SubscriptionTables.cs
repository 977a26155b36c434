using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenImis.Fhir.Core.State.Migrations;

/// <summary>Subscriptions, the change outbox and numbered subscription events (issue 11).</summary>
[DbContext(typeof(FhirStateDbContext))]
[Migration("20261206020000_SubscriptionTables")]
public sealed class SubscriptionTables : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        var (subscription, schema) = FhirStateDbContext.Table(postgres, "subscription");
        migrationBuilder.CreateTable(subscription, schema: schema, columns: t => new
        {
            id = t.Column<string>(maxLength: 64),
            version = t.Column<int>(),
            status = t.Column<string>(maxLength: 16),
            kind = t.Column<string>(maxLength: 16),
            criteria = t.Column<string>(),
            resource_type = t.Column<string>(maxLength: 64),
            filters = t.Column<string>(nullable: true),
            channel_type = t.Column<string>(maxLength: 32),
            endpoint = t.Column<string>(),
            payload = t.Column<string>(nullable: true),
            content = t.Column<string>(maxLength: 16, nullable: true),
            headers = t.Column<string>(nullable: true),
            heartbeat_seconds = t.Column<int>(nullable: true),
            timeout_seconds = t.Column<int>(nullable: true),
            max_count = t.Column<int>(nullable: true),
            end_at = t.Column<DateTime>(time, nullable: true),
            event_count = t.Column<long>(),
            error = t.Column<string>(nullable: true),
            resource = t.Column<string>(),
            base_url = t.Column<string>(),
            owner = t.Column<string>(nullable: true),
            created_at = t.Column<DateTime>(time),
            updated_at = t.Column<DateTime>(time),
            last_sent_at = t.Column<DateTime>(time, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_subscription", x => x.id));

        var (change, _) = FhirStateDbContext.Table(postgres, "change_event");
        migrationBuilder.CreateTable(change, schema: schema, columns: t => new
        {
            seq = postgres
                ? t.Column<long>().Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : t.Column<long>("INTEGER").Annotation("Sqlite:Autoincrement", true),
            resource_type = t.Column<string>(maxLength: 64),
            resource_id = t.Column<string>(maxLength: 64),
            version_id = t.Column<string>(maxLength: 64, nullable: true),
            action = t.Column<string>(maxLength: 16),
            occurred_at = t.Column<DateTime>(time),
            origin = t.Column<string>(maxLength: 16),
            processed_at = t.Column<DateTime>(time, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_change_event", x => x.seq));

        // The matcher's queue: only pending rows, in the order they were written.
        migrationBuilder.CreateIndex("ix_change_event_pending", change, "seq", schema, filter: "processed_at IS NULL");

        var (events, _) = FhirStateDbContext.Table(postgres, "subscription_event");
        migrationBuilder.CreateTable(events, schema: schema, columns: t => new
        {
            subscription_id = t.Column<string>(maxLength: 64),
            event_number = t.Column<long>(),
            change_seq = t.Column<long>(nullable: true),
            resource_type = t.Column<string>(maxLength: 64),
            resource_id = t.Column<string>(maxLength: 64),
            version_id = t.Column<string>(maxLength: 64, nullable: true),
            action = t.Column<string>(maxLength: 16),
            occurred_at = t.Column<DateTime>(time),
            state = t.Column<string>(maxLength: 16),
            attempts = t.Column<int>(),
            next_attempt_at = t.Column<DateTime>(time, nullable: true),
            delivered_at = t.Column<DateTime>(time, nullable: true),
            last_error = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_subscription_event", x => new { x.subscription_id, x.event_number });
            t.ForeignKey("fk_subscription_event_subscription", x => x.subscription_id, subscription, "id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });

        // The dispatcher's queue: pending events per subscription in event order.
        migrationBuilder.CreateIndex("ix_subscription_event_pending", events, ["subscription_id", "state", "event_number"], schema);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var (events, schema) = FhirStateDbContext.Table(postgres, "subscription_event");
        migrationBuilder.DropTable(events, schema);
        migrationBuilder.DropTable(FhirStateDbContext.Table(postgres, "change_event").Name, schema);
        migrationBuilder.DropTable(FhirStateDbContext.Table(postgres, "subscription").Name, schema);
    }
}
