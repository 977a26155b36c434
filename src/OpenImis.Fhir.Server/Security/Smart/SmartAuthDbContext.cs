using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenIddict.EntityFrameworkCore.Models;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The SMART server's own tables: OpenIddict's stores (the registered clients above all), the redeemed assertion ids
/// and the generated signing key. Schema <c>fhir</c> with a <c>smart_</c> prefix on PostgreSQL, <c>fhir_smart_</c> on
/// SQLite, with a migrations history of its own so that it never meets <c>FhirStateDbContext</c>'s migrations.
/// </summary>
internal sealed class SmartAuthDbContext(DbContextOptions<SmartAuthDbContext> options) : DbContext(options)
{
    public const string Schema = "fhir";

    public DbSet<UsedAssertion> UsedAssertions => Set<UsedAssertion>();

    public DbSet<SigningKeyRecord> SigningKeys => Set<SigningKeyRecord>();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        _ = database.Provider == DatabaseProvider.PostgreSql
            ? builder.UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable("__SmartMigrationsHistory", Schema))
            : builder.UseSqlite(database.ConnectionString, o => o.MigrationsHistoryTable("fhir_smart_migrations"));

        // Hand-written migrations (no design-time tooling in the build): no model snapshot to compare with.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>The table name on the active provider.</summary>
    public static (string Name, string? Schema) Table(bool postgres, string name) =>
        postgres ? ("smart_" + name, Schema) : ("fhir_smart_" + name, null);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var postgres = Database.IsNpgsql();
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable(Table(postgres, "applications").Name, Table(postgres, "applications").Schema);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable(Table(postgres, "authorizations").Name, Table(postgres, "authorizations").Schema);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable(Table(postgres, "scopes").Name, Table(postgres, "scopes").Schema);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable(Table(postgres, "tokens").Name, Table(postgres, "tokens").Schema);
        modelBuilder.Entity<UsedAssertion>(e =>
        {
            var (name, schema) = Table(postgres, "used_assertion");
            e.ToTable(name, schema);
            e.HasKey(a => new { a.ClientId, a.Jti });
            e.Property(a => a.ClientId).HasColumnName("client_id").HasMaxLength(100);
            e.Property(a => a.Jti).HasColumnName("jti").HasMaxLength(200);
            e.Property(a => a.ExpiresAt).HasColumnName("expires_at");
            e.HasIndex(a => a.ExpiresAt).HasDatabaseName("ix_smart_used_assertion_expires_at");
        });
        modelBuilder.Entity<SigningKeyRecord>(e =>
        {
            var (name, schema) = Table(postgres, "signing_key");
            e.ToTable(name, schema);
            e.HasKey(k => k.Name);
            e.Property(k => k.Name).HasColumnName("name").HasMaxLength(64);
            e.Property(k => k.KeyId).HasColumnName("key_id").HasMaxLength(100);
            e.Property(k => k.PrivateKeyPem).HasColumnName("private_key_pem");
            e.Property(k => k.CreatedAt).HasColumnName("created_at");
        });
    }
}
