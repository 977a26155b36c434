using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Modules.HealthFacility.Data;

/// <summary>The health facility lookup tables; their keys are assigned by hand, never generated.</summary>
internal static class HealthFacilityLookupTables
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<LegalForm>(b =>
        {
            b.ToTable("tblLegalForms");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasColumnName("LegalFormCode").HasMaxLength(1).ValueGeneratedNever();
            b.Property(e => e.Name).HasColumnName("LegalForms").HasMaxLength(50).IsRequired();
            b.Property(e => e.SortOrder).HasColumnName("SortOrder");
            b.Property(e => e.AltLanguage).HasColumnName("AltLanguage").HasMaxLength(50);
        });
        model.Entity<SubLevel>(b =>
        {
            b.ToTable("tblHFSublevel");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasColumnName("HFSublevel").HasMaxLength(1).ValueGeneratedNever();
            b.Property(e => e.Name).HasColumnName("HFSublevelDesc").HasMaxLength(50);
            b.Property(e => e.SortOrder).HasColumnName("SortOrder");
            b.Property(e => e.AltLanguage).HasColumnName("AltLanguage").HasMaxLength(50);
        });
    }
}
