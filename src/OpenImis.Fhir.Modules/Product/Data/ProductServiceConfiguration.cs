using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Product.Data;

internal sealed class ProductServiceConfiguration : IEntityTypeConfiguration<ProductService>
{
    public void Configure(EntityTypeBuilder<ProductService> b)
    {
        CoveredLimitsConfiguration.Configure(b, "tblProductServices", "ProdServiceID", codesRequired: true);
        b.Property(e => e.ServiceId).HasColumnName("ServiceID");
    }
}
