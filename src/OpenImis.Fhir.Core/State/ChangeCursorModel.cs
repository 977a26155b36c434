using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Core.State;

/// <summary>The change detector's table of <see cref="FhirStateDbContext"/>: its cursor.</summary>
internal static class ChangeCursorModel
{
    public static void Build(ModelBuilder modelBuilder, bool postgres)
    {
        modelBuilder.Entity<ChangeCursor>(e =>
        {
            var (name, schema) = FhirStateDbContext.Table(postgres, "change_cursor");
            e.ToTable(name, schema);
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasColumnName("name").HasMaxLength(64);
            e.Property(c => c.Position).HasColumnName("position");
            e.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        });

        // The outbox holds one row per version: the detector and a FHIR write never both report one.
        modelBuilder.Entity<ChangeEvent>().HasIndex(c => new { c.ResourceType, c.ResourceId, c.VersionId })
            .IsUnique().HasDatabaseName("ux_change_event_version");
    }
}
