using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> b)
    {
        b.ToTable("tblFamilies");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("FamilyID").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("FamilyUUID").HasMaxLength(36).IsRequired();
        b.HasIndex(e => e.Uuid).IsUnique();
        b.Property(e => e.HeadInsureeId).HasColumnName("InsureeID");
        b.HasOne(e => e.HeadInsuree).WithMany().HasForeignKey(e => e.HeadInsureeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.LocationId).HasColumnName("LocationId");
        b.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Poverty).HasColumnName("Poverty");
        b.Property(e => e.FamilyTypeCode).HasColumnName("FamilyType").HasMaxLength(2);
        b.HasOne(e => e.FamilyType).WithMany().HasForeignKey(e => e.FamilyTypeCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Address).HasColumnName("FamilyAddress").HasMaxLength(200);
        b.Property(e => e.Ethnicity).HasColumnName("Ethnicity").HasMaxLength(1);
        b.Property(e => e.ConfirmationNo).HasColumnName("ConfirmationNo").HasMaxLength(12);
        b.Property(e => e.ConfirmationTypeCode).HasColumnName("ConfirmationType").HasMaxLength(3);
        b.HasOne(e => e.ConfirmationType).WithMany().HasForeignKey(e => e.ConfirmationTypeCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.IsOffline).HasColumnName("isOffline");
        b.Property(e => e.Source).HasColumnName("Source").HasMaxLength(50);
        b.Property(e => e.SourceVersion).HasColumnName("SourceVersion").HasMaxLength(15);
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID").IsRequired();
    }
}
