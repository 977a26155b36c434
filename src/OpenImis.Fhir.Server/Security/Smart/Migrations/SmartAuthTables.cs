using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace OpenImis.Fhir.Server.Security.Smart.Migrations;

/// <summary>
/// OpenIddict's four stores as its EF Core model declares them (column names, lengths, keys and indexes as
/// <c>Database.GenerateCreateScript()</c> prints them for OpenIddict 7.9), the redeemed assertion ids and the
/// generated signing key (issue 12).
/// </summary>
[DbContext(typeof(SmartAuthDbContext))]
[Migration("20261206200000_SmartAuthTables")]
internal sealed class SmartAuthTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var text = postgres ? "text" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        string Varchar(int length) => postgres ? $"character varying({length})" : "TEXT";
        OperationBuilder<AddColumnOperation> Text(ColumnsBuilder t) => t.Column<string>(text, nullable: true);
        OperationBuilder<AddColumnOperation> Short(ColumnsBuilder t, int length) => t.Column<string>(Varchar(length), maxLength: length, nullable: true);

        if (postgres)
        {
            migrationBuilder.EnsureSchema(SmartAuthDbContext.Schema);
        }

        var (applications, schema) = SmartAuthDbContext.Table(postgres, "applications");
        migrationBuilder.CreateTable(applications, schema: schema, columns: t => new
        {
            Id = t.Column<string>(text),
            ApplicationType = Short(t, 50),
            ClientId = Short(t, 100),
            ClientSecret = Text(t),
            ClientType = Short(t, 50),
            ConcurrencyToken = Short(t, 50),
            ConsentType = Short(t, 50),
            DisplayName = Text(t),
            DisplayNames = Text(t),
            JsonWebKeySet = Text(t),
            Permissions = Text(t),
            PostLogoutRedirectUris = Text(t),
            Properties = Text(t),
            RedirectUris = Text(t),
            Requirements = Text(t),
            Settings = Text(t),
        }, constraints: t => t.PrimaryKey($"PK_{applications}", x => x.Id));

        var (scopes, _) = SmartAuthDbContext.Table(postgres, "scopes");
        migrationBuilder.CreateTable(scopes, schema: schema, columns: t => new
        {
            Id = t.Column<string>(text),
            ConcurrencyToken = Short(t, 50),
            Description = Text(t),
            Descriptions = Text(t),
            DisplayName = Text(t),
            DisplayNames = Text(t),
            Name = Short(t, 200),
            Properties = Text(t),
            Resources = Text(t),
        }, constraints: t => t.PrimaryKey($"PK_{scopes}", x => x.Id));

        var (authorizations, _) = SmartAuthDbContext.Table(postgres, "authorizations");
        migrationBuilder.CreateTable(authorizations, schema: schema, columns: t => new
        {
            Id = t.Column<string>(text),
            ApplicationId = Text(t),
            ConcurrencyToken = Short(t, 50),
            CreationDate = t.Column<DateTime>(time, nullable: true),
            Properties = Text(t),
            Scopes = Text(t),
            Status = Short(t, 50),
            Subject = Short(t, 400),
            Type = Short(t, 50),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{authorizations}", x => x.Id);
            t.ForeignKey($"FK_{authorizations}_{applications}_ApplicationId", x => x.ApplicationId, applications, "Id", schema);
        });

        var (tokens, _) = SmartAuthDbContext.Table(postgres, "tokens");
        migrationBuilder.CreateTable(tokens, schema: schema, columns: t => new
        {
            Id = t.Column<string>(text),
            ApplicationId = Text(t),
            AuthorizationId = Text(t),
            ConcurrencyToken = Short(t, 50),
            CreationDate = t.Column<DateTime>(time, nullable: true),
            ExpirationDate = t.Column<DateTime>(time, nullable: true),
            Payload = Text(t),
            Properties = Text(t),
            RedemptionDate = t.Column<DateTime>(time, nullable: true),
            ReferenceId = Short(t, 100),
            Status = Short(t, 50),
            Subject = Short(t, 400),
            Type = Short(t, 150),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{tokens}", x => x.Id);
            t.ForeignKey($"FK_{tokens}_{applications}_ApplicationId", x => x.ApplicationId, applications, "Id", schema);
            t.ForeignKey($"FK_{tokens}_{authorizations}_AuthorizationId", x => x.AuthorizationId, authorizations, "Id", schema);
        });

        migrationBuilder.CreateIndex($"IX_{applications}_ClientId", applications, "ClientId", schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{authorizations}_ApplicationId_Status_Subject_Type", authorizations, ["ApplicationId", "Status", "Subject", "Type"], schema);
        migrationBuilder.CreateIndex($"IX_{scopes}_Name", scopes, "Name", schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{tokens}_ApplicationId_Status_Subject_Type", tokens, ["ApplicationId", "Status", "Subject", "Type"], schema);
        migrationBuilder.CreateIndex($"IX_{tokens}_AuthorizationId", tokens, "AuthorizationId", schema);
        migrationBuilder.CreateIndex($"IX_{tokens}_ReferenceId", tokens, "ReferenceId", schema, unique: true);

        var (assertions, _) = SmartAuthDbContext.Table(postgres, "used_assertion");
        migrationBuilder.CreateTable(assertions, schema: schema, columns: t => new
        {
            client_id = t.Column<string>(Varchar(100), maxLength: 100),
            jti = t.Column<string>(Varchar(200), maxLength: 200),
            expires_at = t.Column<DateTime>(time),
        }, constraints: t => t.PrimaryKey("pk_smart_used_assertion", x => new { x.client_id, x.jti }));
        migrationBuilder.CreateIndex("ix_smart_used_assertion_expires_at", assertions, "expires_at", schema);

        var (keys, _) = SmartAuthDbContext.Table(postgres, "signing_key");
        migrationBuilder.CreateTable(keys, schema: schema, columns: t => new
        {
            name = t.Column<string>(Varchar(64), maxLength: 64),
            key_id = t.Column<string>(Varchar(100), maxLength: 100),
            private_key_pem = t.Column<string>(text),
            created_at = t.Column<DateTime>(time),
        }, constraints: t => t.PrimaryKey("pk_smart_signing_key", x => x.name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        foreach (var name in new[] { "signing_key", "used_assertion", "tokens", "authorizations", "scopes", "applications" })
        {
            var (table, schema) = SmartAuthDbContext.Table(postgres, name);
            migrationBuilder.DropTable(table, schema);
        }
    }
}
