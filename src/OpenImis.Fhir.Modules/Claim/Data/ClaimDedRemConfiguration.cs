using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Claim.Data;

internal sealed class ClaimDedRemConfiguration : IEntityTypeConfiguration<ClaimDedRem>
{
    public void Configure(EntityTypeBuilder<ClaimDedRem> b)
    {
        b.ToTable("tblClaimDedRem");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("ExpenditureID").ValueGeneratedOnAdd();
        b.Property(e => e.ClaimId).HasColumnName("ClaimID");
        b.HasOne<ClaimRow>().WithMany().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.PolicyId).HasColumnName("PolicyID");
        b.HasOne<Policy.Data.PolicyRow>().WithMany().HasForeignKey(e => e.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.InsureeId).HasColumnName("InsureeID");
        b.HasOne<Insuree.Data.Insuree>().WithMany().HasForeignKey(e => e.InsureeId).OnDelete(DeleteBehavior.Restrict);
        foreach (var amount in new[] { "DedG", "DedOP", "DedIP", "RemG", "RemOP", "RemIP", "RemConsult", "RemSurgery", "RemDelivery", "RemHospitalization", "RemAntenatal" })
        {
            b.Property<decimal?>(amount).HasColumnName(amount).HasPrecision(18, 2);
        }

        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
        b.HasIndex(e => e.PolicyId);
    }
}
