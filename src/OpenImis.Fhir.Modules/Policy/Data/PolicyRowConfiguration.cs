using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Policy.Data;

internal sealed class PolicyRowConfiguration : IEntityTypeConfiguration<PolicyRow>
{
    public void Configure(EntityTypeBuilder<PolicyRow> b)
    {
        b.MapVersionedRow("tblPolicy", idColumn: "PolicyID", uuidColumn: "PolicyUUID");
        b.Property(e => e.Stage).HasColumnName("PolicyStage").HasMaxLength(1);
        b.Property(e => e.Status).HasColumnName("PolicyStatus");
        b.Property(e => e.Value).HasColumnName("PolicyValue").HasPrecision(18, 2);
        b.Property(e => e.EnrollDate).HasColumnName("EnrollDate");
        b.Property(e => e.StartDate).HasColumnName("StartDate");
        b.Property(e => e.EffectiveDate).HasColumnName("EffectiveDate");
        b.Property(e => e.ExpiryDate).HasColumnName("ExpiryDate");
        b.Property(e => e.IsOffline).HasColumnName("isOffline");
        b.Property(e => e.FamilyId).HasColumnName("FamilyID");
        b.HasOne(e => e.Family).WithMany().HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.OfficerId).HasColumnName("OfficerID");
        b.Property(e => e.ProductId).HasColumnName("ProdID");
        b.HasOne(e => e.Product).WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Source).HasColumnName("Source").HasMaxLength(50);
        b.Property(e => e.SourceVersion).HasColumnName("SourceVersion").HasMaxLength(15);
        b.Property(e => e.ContributionPlanId).HasColumnName("ContributionPlanID");
        b.Property(e => e.CreationDate).HasColumnName("creationDate");
        b.HasMany(e => e.Members).WithOne(m => m.Policy).HasForeignKey(m => m.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Premiums).WithOne(p => p.Policy).HasForeignKey(p => p.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.FamilyId);
    }
}
