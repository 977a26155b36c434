using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Product.Data;

internal sealed class ProductItemConfiguration : IEntityTypeConfiguration<ProductItem>
{
    public void Configure(EntityTypeBuilder<ProductItem> b)
    {
        CoveredLimitsConfiguration.Configure(b, "tblProductItems", "ProdItemID", codesRequired: false);
        b.Property(e => e.ItemId).HasColumnName("ItemID");
    }
}
