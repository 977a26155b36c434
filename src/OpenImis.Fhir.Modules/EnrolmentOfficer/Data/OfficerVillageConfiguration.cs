using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Data;

internal sealed class OfficerVillageConfiguration : IEntityTypeConfiguration<OfficerVillage>
{
    public void Configure(EntityTypeBuilder<OfficerVillage> b)
    {
        b.ToTable("tblOfficerVillages");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("OfficerVillageId").ValueGeneratedOnAdd();
        b.Property(e => e.OfficerId).HasColumnName("OfficerId");
        b.Property(e => e.LocationId).HasColumnName("LocationId");
        b.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
    }
}
