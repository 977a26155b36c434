using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Claim.Data;

internal sealed class ClaimItemConfiguration : IEntityTypeConfiguration<ClaimItem>
{
    public void Configure(EntityTypeBuilder<ClaimItem> b)
    {
        ClaimLineConfiguration.Configure(b, "tblClaimItems", "ClaimItemID", "ClaimItemStatus");
        b.Property(e => e.ItemId).HasColumnName("ItemID");
        b.HasOne(e => e.Item).WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Availability).HasColumnName("Availability");
    }
}
