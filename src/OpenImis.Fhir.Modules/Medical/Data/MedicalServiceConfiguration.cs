using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Medical.Data;

internal sealed class MedicalServiceConfiguration : IEntityTypeConfiguration<MedicalService>
{
    public void Configure(EntityTypeBuilder<MedicalService> b)
    {
        b.MapVersionedRow("tblServices", idColumn: "ServiceID", uuidColumn: "ServiceUUID", auditUserRequired: false);
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
    }
}
