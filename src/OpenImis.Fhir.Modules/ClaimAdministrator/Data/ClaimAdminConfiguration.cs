using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Data;

internal sealed class ClaimAdminConfiguration : IEntityTypeConfiguration<ClaimAdmin>
{
    public void Configure(EntityTypeBuilder<ClaimAdmin> b)
    {
        b.ToTable("tblClaimAdmin");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("ClaimAdminId").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("ClaimAdminUUID").HasMaxLength(36).IsRequired();
        b.HasIndex(e => e.Uuid).IsUnique();
        b.Property(e => e.Code).HasColumnName("ClaimAdminCode").HasMaxLength(8);
        b.Property(e => e.LastName).HasColumnName("LastName").HasMaxLength(100);
        b.Property(e => e.OtherNames).HasColumnName("OtherNames").HasMaxLength(100);
        b.Property(e => e.BirthDate).HasColumnName("DOB");
        b.Property(e => e.Email).HasColumnName("EmailId").HasMaxLength(200);
        b.Property(e => e.Phone).HasColumnName("Phone").HasMaxLength(50);
        b.Property(e => e.HasLogin).HasColumnName("HasLogin");
        b.Property(e => e.HealthFacilityId).HasColumnName("HFId");
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserId");
    }
}
