using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Data;

internal sealed class HealthFacilityConfiguration : IEntityTypeConfiguration<HealthFacility>
{
    public void Configure(EntityTypeBuilder<HealthFacility> b)
    {
        b.MapVersionedRow("tblHF", idColumn: "HfID", uuidColumn: "HfUUID");
        b.Property(e => e.Code).HasColumnName("HFCode").HasMaxLength(8).IsRequired();
        b.Property(e => e.Name).HasColumnName("HFName").HasMaxLength(100).IsRequired();
        b.Property(e => e.AccountingCode).HasColumnName("AccCode").HasMaxLength(25);
        b.Property(e => e.Level).HasColumnName("HFLevel").HasMaxLength(1).IsRequired();
        b.Property(e => e.SubLevelCode).HasColumnName("HFSublevel").HasMaxLength(1);
        b.HasOne<SubLevel>().WithMany().HasForeignKey(e => e.SubLevelCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.LegalFormCode).HasColumnName("LegalForm").HasMaxLength(1).IsRequired();
        b.HasOne(e => e.LegalForm).WithMany().HasForeignKey(e => e.LegalFormCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Address).HasColumnName("HFAddress").HasMaxLength(100);
        b.Property(e => e.Phone).HasColumnName("Phone").HasMaxLength(50);
        b.Property(e => e.Fax).HasColumnName("Fax").HasMaxLength(50);
        b.Property(e => e.Email).HasColumnName("eMail").HasMaxLength(50);
        b.Property(e => e.CareType).HasColumnName("HFCareType").HasMaxLength(1).IsRequired();
        b.Property(e => e.OffLine).HasColumnName("OffLine");
        b.Property(e => e.LocationId).HasColumnName("LocationId");
        b.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.PriceListItemsId).HasColumnName("PLItemID");
        b.Property(e => e.PriceListServicesId).HasColumnName("PLServiceID");
        b.Property(e => e.ContractStartDate).HasColumnName("ContractStartDate");
        b.Property(e => e.ContractEndDate).HasColumnName("ContractEndDate");
        b.Property(e => e.Status).HasColumnName("status").HasMaxLength(2).IsRequired();
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
    }
}
