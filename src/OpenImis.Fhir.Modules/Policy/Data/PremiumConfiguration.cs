using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Policy.Data;

internal sealed class PremiumConfiguration : IEntityTypeConfiguration<Premium>
{
    public void Configure(EntityTypeBuilder<Premium> b)
    {
        b.MapVersionedRow("tblPremium", idColumn: "PremiumId", uuidColumn: "PremiumUUID");
        b.Property(e => e.Amount).HasColumnName("Amount").HasPrecision(18, 2);
        b.Property(e => e.Receipt).HasColumnName("Receipt").HasMaxLength(50).IsRequired();
        b.Property(e => e.PayDate).HasColumnName("PayDate");
        b.Property(e => e.PayType).HasColumnName("PayType").HasMaxLength(1).IsRequired();
        b.Property(e => e.IsPhotoFee).HasColumnName("isPhotoFee");
        b.Property(e => e.IsOffline).HasColumnName("isOffline");
        b.Property(e => e.ReportingId).HasColumnName("ReportingId");
        b.Property(e => e.PayerId).HasColumnName("PayerID");
        b.HasOne(e => e.Payer).WithMany().HasForeignKey(e => e.PayerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.PolicyId).HasColumnName("PolicyID");
        b.Property(e => e.CreatedDate).HasColumnName("CreatedDate");
        b.Property(e => e.Source).HasColumnName("Source").HasMaxLength(50);
        b.Property(e => e.SourceVersion).HasColumnName("SourceVersion").HasMaxLength(15);
        b.Property(e => e.AllDetailsCommissionReport).HasColumnName("AllDetailsCommissionReport");
        b.Property(e => e.OverviewCommissionReport).HasColumnName("OverviewCommissionReport");
        b.Property(e => e.ReportingCommissionId).HasColumnName("ReportingCommissionID");
    }
}
