using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Policy.Data;

internal sealed class InsureePolicyConfiguration : IEntityTypeConfiguration<InsureePolicy>
{
    public void Configure(EntityTypeBuilder<InsureePolicy> b)
    {
        b.ToTable("tblInsureePolicy");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("InsureePolicyID").ValueGeneratedOnAdd();
        b.Property(e => e.InsureeId).HasColumnName("InsureeID");
        b.HasOne(e => e.Insuree).WithMany().HasForeignKey(e => e.InsureeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.PolicyId).HasColumnName("PolicyId");
        b.Property(e => e.EnrollmentDate).HasColumnName("EnrollmentDate");
        b.Property(e => e.StartDate).HasColumnName("StartDate");
        b.Property(e => e.EffectiveDate).HasColumnName("EffectiveDate");
        b.Property(e => e.ExpiryDate).HasColumnName("ExpiryDate");
        b.Property(e => e.IsOffline).HasColumnName("isOffline");
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
        b.HasIndex(e => e.InsureeId);
    }
}
