using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> b)
    {
        b.MapVersionedRow("tblFamilies", idColumn: "FamilyID", uuidColumn: "FamilyUUID");
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
    }
}
