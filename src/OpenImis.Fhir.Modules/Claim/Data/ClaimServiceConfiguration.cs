using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Claim.Data;

internal sealed class ClaimServiceConfiguration : IEntityTypeConfiguration<ClaimService>
{
    public void Configure(EntityTypeBuilder<ClaimService> b)
    {
        ClaimLineConfiguration.Configure(b, "tblClaimServices", "ClaimServiceID", "ClaimServiceStatus");
        b.Property(e => e.ServiceId).HasColumnName("ServiceID");
        b.HasOne(e => e.Service).WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
