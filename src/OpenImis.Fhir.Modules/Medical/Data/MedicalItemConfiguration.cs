using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Medical.Data;

internal sealed class MedicalItemConfiguration : IEntityTypeConfiguration<MedicalItem>
{
    public void Configure(EntityTypeBuilder<MedicalItem> b)
    {
        b.ToTable("tblItems");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("ItemID").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("ItemUUID").HasMaxLength(36).IsRequired();
        b.HasIndex(e => e.Uuid).IsUnique();
        b.Property(e => e.Code).HasColumnName("ItemCode").HasMaxLength(MedicalColumns.CodeLength).IsRequired();
        b.Property(e => e.Name).HasColumnName("ItemName").HasMaxLength(MedicalColumns.NameLength).IsRequired();
        b.Property(e => e.Type).HasColumnName("ItemType").HasMaxLength(1).IsRequired();
        b.Property(e => e.Package).HasColumnName("ItemPackage").HasMaxLength(MedicalColumns.PackageLength);
        b.Property(e => e.Quantity).HasColumnName("Quantity").HasPrecision(18, 2);
        b.Property(e => e.Price).HasColumnName("ItemPrice").HasPrecision(18, 2);
        b.Property(e => e.CareType).HasColumnName("ItemCareType").HasMaxLength(1).IsRequired();
        b.Property(e => e.Frequency).HasColumnName("ItemFrequency");
        b.Property(e => e.PatientCategory).HasColumnName("ItemPatCat");
        b.Property(e => e.MaximumAmount).HasColumnName("MaximumAmount").HasPrecision(18, 2);
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID").IsRequired();
    }
}
