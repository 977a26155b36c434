using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Medical.Data;

internal sealed class MedicalItemConfiguration : IEntityTypeConfiguration<MedicalItem>
{
    public void Configure(EntityTypeBuilder<MedicalItem> b)
    {
        b.MapVersionedRow("tblItems", idColumn: "ItemID", uuidColumn: "ItemUUID");
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
    }
}
