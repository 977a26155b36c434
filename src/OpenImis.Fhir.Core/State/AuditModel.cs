using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Core.State;

/// <summary>The audit tables of <see cref="FhirStateDbContext"/>: recorded AuditEvents and the forwarders' cursors.</summary>
internal static class AuditModel
{
    public static void Build(ModelBuilder modelBuilder, bool postgres)
    {
        modelBuilder.Entity<AuditEventRecord>(e =>
        {
            var (name, schema) = FhirStateDbContext.Table(postgres, "audit_event");
            e.ToTable(name, schema);
            e.HasKey(a => a.Seq);
            e.Property(a => a.Seq).HasColumnName("seq").ValueGeneratedOnAdd();
            e.Property(a => a.Id).HasColumnName("id").HasMaxLength(64);
            e.Property(a => a.Recorded).HasColumnName("recorded");
            e.Property(a => a.StoredAt).HasColumnName("stored_at");
            e.Property(a => a.TypeSystem).HasColumnName("type_system");
            e.Property(a => a.TypeCode).HasColumnName("type_code").HasMaxLength(64);
            e.Property(a => a.Subtype).HasColumnName("subtype").HasMaxLength(64);
            e.Property(a => a.Action).HasColumnName("action").HasMaxLength(1);
            e.Property(a => a.Outcome).HasColumnName("outcome").HasMaxLength(2);
            e.Property(a => a.Agents).HasColumnName("agents");
            e.Property(a => a.Entities).HasColumnName("entities");
            e.Property(a => a.Patients).HasColumnName("patients");
            e.Property(a => a.Resource).HasColumnName("resource");
        });
        modelBuilder.Entity<AuditCursor>(e =>
        {
            var (name, schema) = FhirStateDbContext.Table(postgres, "audit_cursor");
            e.ToTable(name, schema);
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasColumnName("name").HasMaxLength(64);
            e.Property(c => c.Position).HasColumnName("position");
            e.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        });
    }
}
