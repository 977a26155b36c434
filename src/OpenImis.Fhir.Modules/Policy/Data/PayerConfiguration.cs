using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Policy.Data;

internal sealed class PayerConfiguration : IEntityTypeConfiguration<Payer>
{
    public void Configure(EntityTypeBuilder<Payer> b)
    {
        b.MapVersionedRow("tblPayer", idColumn: "PayerID", uuidColumn: "PayerUUID");
        b.Property(e => e.PayerType).HasColumnName("PayerType").HasMaxLength(1).IsRequired();
        b.Property(e => e.PayerName).HasColumnName("PayerName").HasMaxLength(100).IsRequired();
        b.Property(e => e.PayerAddress).HasColumnName("PayerAddress").HasMaxLength(100);
        b.Property(e => e.Phone).HasColumnName("Phone").HasMaxLength(50);
        b.Property(e => e.Fax).HasColumnName("Fax").HasMaxLength(50);
        b.Property(e => e.Email).HasColumnName("eMail").HasMaxLength(50);
        b.Property(e => e.LocationId).HasColumnName("LocationId");
    }
}
