using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Medical.Data;

internal sealed class MedicalServiceConfiguration : IEntityTypeConfiguration<MedicalService>
{
    public void Configure(EntityTypeBuilder<MedicalService> b)
    {
        b.ToTable("tblServices");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("ServiceID").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("ServiceUUID").HasMaxLength(36).IsRequired();
        b.HasIndex(e => e.Uuid).IsUnique();
        b.Property(e => e.Code).HasColumnName("ServCode").HasMaxLength(MedicalColumns.CodeLength).IsRequired();
        b.Property(e => e.Name).HasColumnName("ServName").HasMaxLength(MedicalColumns.NameLength).IsRequired();
        b.Property(e => e.Type).HasColumnName("ServType").HasMaxLength(1).IsRequired();
        b.Property(e => e.Level).HasColumnName("ServLevel").HasMaxLength(1).IsRequired();
        b.Property(e => e.Category).HasColumnName("ServCategory").HasMaxLength(1);
        b.Property(e => e.Price).HasColumnName("ServPrice").HasPrecision(18, 2);
        b.Property(e => e.CareType).HasColumnName("ServCareType").HasMaxLength(1).IsRequired();
        b.Property(e => e.Frequency).HasColumnName("ServFrequency");
        b.Property(e => e.PatientCategory).HasColumnName("ServPatCat");
        b.Property(e => e.MaximumAmount).HasColumnName("MaximumAmount").HasPrecision(18, 2);
        b.Property(e => e.ManualPrice).HasColumnName("manualPrice");
        b.Property(e => e.PackageType).HasColumnName("ServPackageType").HasMaxLength(1).IsRequired();
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
    }
}
