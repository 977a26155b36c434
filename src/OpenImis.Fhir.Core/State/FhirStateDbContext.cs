using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Core.State;

/// <summary>
/// The server's own state, apart from openIMIS's tables: schema <c>fhir</c> on PostgreSQL; on SQLite, which has no
/// schemas, the same tables with a <c>fhir_</c> prefix. EF migrations create it at start-up. Bulk export keeps its
/// jobs here; subscriptions and security add their tables to the same schema with migrations of their own.
/// </summary>
public sealed class FhirStateDbContext(DbContextOptions<FhirStateDbContext> options) : DbContext(options)
{
    /// <summary>The PostgreSQL schema.</summary>
    public const string Schema = "fhir";

    /// <summary>The SQLite table prefix that stands for the schema.</summary>
    public const string SqlitePrefix = "fhir_";

    /// <summary>Export requests.</summary>
    public DbSet<ExportJob> ExportJobs => Set<ExportJob>();

    /// <summary>Export chunks and their files.</summary>
    public DbSet<ExportChunk> ExportChunks => Set<ExportChunk>();

    /// <summary>Subscriptions, R4 and R5 backport.</summary>
    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    /// <summary>The outbox: changed resources, pending until matched against subscriptions.</summary>
    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();

    /// <summary>Numbered events per subscription and their delivery.</summary>
    public DbSet<SubscriptionEvent> SubscriptionEvents => Set<SubscriptionEvent>();

    /// <summary>Recorded AuditEvents.</summary>
    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    /// <summary>How far the audit forwarders have sent.</summary>
    public DbSet<AuditCursor> AuditCursors => Set<AuditCursor>();

    /// <summary>Points <paramref name="builder"/> at the openIMIS database of <paramref name="database"/>.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(database);
        _ = database.Provider == DatabaseProvider.PostgreSql
            ? builder.UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", Schema))
            : builder.UseSqlite(database.ConnectionString, o => o.MigrationsHistoryTable(SqlitePrefix + "migrations"));

        // The migrations are written by hand (no design-time tooling in the build): no model snapshot to compare with.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>The table name on the active provider.</summary>
    internal static (string Name, string? Schema) Table(bool postgres, string name) =>
        postgres ? (name, Schema) : (SqlitePrefix + name, null);

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var postgres = Database.IsNpgsql();
        modelBuilder.Entity<ExportJob>(e =>
        {
            var (name, schema) = Table(postgres, "export_job");
            e.ToTable(name, schema);
            e.HasKey(j => j.Id);
            e.Property(j => j.Id).HasColumnName("id");
            e.Property(j => j.Status).HasColumnName("status").HasMaxLength(16);
            e.Property(j => j.Level).HasColumnName("level").HasMaxLength(16);
            e.Property(j => j.Request).HasColumnName("request");
            e.Property(j => j.BaseUrl).HasColumnName("base_url");
            e.Property(j => j.Types).HasColumnName("types");
            e.Property(j => j.GroupId).HasColumnName("group_id");
            e.Property(j => j.PatientIds).HasColumnName("patient_ids");
            e.Property(j => j.Since).HasColumnName("since");
            e.Property(j => j.TransactionTime).HasColumnName("transaction_time");
            e.Property(j => j.TypeFilters).HasColumnName("type_filters");
            e.Property(j => j.Ignored).HasColumnName("ignored");
            e.Property(j => j.CreatedAt).HasColumnName("created_at");
            e.Property(j => j.CompletedAt).HasColumnName("completed_at");
            e.Property(j => j.ExpiresAt).HasColumnName("expires_at");
            e.Property(j => j.Error).HasColumnName("error");
            e.Property(j => j.CallerClientId).HasColumnName("caller_client_id");
            e.Property(j => j.CallerScopes).HasColumnName("caller_scopes");
            e.Property(j => j.CallerUserId).HasColumnName("caller_user_id");
            e.Property(j => j.CallerDistricts).HasColumnName("caller_districts");
        });
        modelBuilder.Entity<ExportChunk>(e =>
        {
            var (name, schema) = Table(postgres, "export_chunk");
            e.ToTable(name, schema);
            e.HasKey(c => new { c.ExportId, c.Seq });
            e.Property(c => c.ExportId).HasColumnName("export_id");
            e.Property(c => c.Seq).HasColumnName("seq");
            e.Property(c => c.Kind).HasColumnName("kind").HasMaxLength(16);
            e.Property(c => c.ResourceType).HasColumnName("resource_type").HasMaxLength(64);
            e.Property(c => c.Source).HasColumnName("source");
            e.Property(c => c.KeyFrom).HasColumnName("key_from");
            e.Property(c => c.KeyTo).HasColumnName("key_to");
            e.Property(c => c.Status).HasColumnName("status").HasMaxLength(16);
            e.Property(c => c.Count).HasColumnName("count");
            e.Property(c => c.Bytes).HasColumnName("bytes");
            e.HasOne<ExportJob>().WithMany().HasForeignKey(c => c.ExportId).OnDelete(DeleteBehavior.Cascade);
        });
        SubscriptionModel.Build(modelBuilder, postgres);
        SubscriptionOwnerModel.Build(modelBuilder);
        ChangeCursorModel.Build(modelBuilder, postgres);
        AuditModel.Build(modelBuilder, postgres);
    }
}
