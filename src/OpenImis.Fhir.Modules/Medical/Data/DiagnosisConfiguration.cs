using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Medical.Data;

internal sealed class DiagnosisConfiguration : IEntityTypeConfiguration<Diagnosis>
{
    public const int CodeLength = 255;
    public const int NameLength = 255;

    public void Configure(EntityTypeBuilder<Diagnosis> b)
    {
        b.ToTable("tblICDCodes");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("ICDID").ValueGeneratedOnAdd();
        b.Property(e => e.Code).HasColumnName("ICDCode").HasMaxLength(CodeLength).IsRequired();
        b.Property(e => e.Name).HasColumnName("ICDName").HasMaxLength(NameLength).IsRequired();
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
    }
}
