using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>The item and service price lists and their details: the same shape in two pairs of tables.</summary>
internal sealed class PriceListConfiguration :
    IEntityTypeConfiguration<ItemPriceList>, IEntityTypeConfiguration<ServicePriceList>,
    IEntityTypeConfiguration<ItemPriceListDetail>, IEntityTypeConfiguration<ServicePriceListDetail>
{
    public void Configure(EntityTypeBuilder<ItemPriceList> b) => List(b, "tblPLItems", "PLItemID", "PLItemUUID", "PLItemName");

    public void Configure(EntityTypeBuilder<ServicePriceList> b) => List(b, "tblPLServices", "PLServiceID", "PLServiceUUID", "PLServName");

    public void Configure(EntityTypeBuilder<ItemPriceListDetail> b)
    {
        Detail(b, "tblPLItemsDetail", "PLItemDetailID", "PLItemID", "ItemID");
        b.HasOne<ItemPriceList>().WithMany().HasForeignKey(e => e.PriceListId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Medical.Data.MedicalItem>().WithMany().HasForeignKey(e => e.MedicalId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ServicePriceListDetail> b)
    {
        Detail(b, "tblPLServicesDetail", "PLServiceDetailID", "PLServiceID", "ServiceID");
        b.HasOne<ServicePriceList>().WithMany().HasForeignKey(e => e.PriceListId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Medical.Data.MedicalService>().WithMany().HasForeignKey(e => e.MedicalId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void List<T>(EntityTypeBuilder<T> b, string table, string idColumn, string uuidColumn, string nameColumn)
        where T : PriceList
    {
        b.ToTable(table);
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName(idColumn).ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName(uuidColumn);
        b.Property(e => e.Name).HasColumnName(nameColumn).HasMaxLength(100).IsRequired();
        b.Property(e => e.DatePL).HasColumnName("DatePL");
        b.Property(e => e.LocationId).HasColumnName("LocationId");
        Validity(b);
    }

    private static void Detail<T>(EntityTypeBuilder<T> b, string table, string idColumn, string listColumn, string medicalColumn)
        where T : PriceListDetail
    {
        b.ToTable(table);
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName(idColumn).ValueGeneratedOnAdd();
        b.Property(e => e.PriceListId).HasColumnName(listColumn);
        b.Property(e => e.MedicalId).HasColumnName(medicalColumn);
        b.Property(e => e.PriceOverrule).HasColumnName("PriceOverule").HasPrecision(18, 2);
        b.HasIndex(e => e.PriceListId);
        Validity(b);
    }

    private static void Validity<T>(EntityTypeBuilder<T> b)
        where T : class
    {
        b.Property<DateTime>("ValidityFrom").HasColumnName("ValidityFrom");
        b.Property<DateTime?>("ValidityTo").HasColumnName("ValidityTo");
        b.Property<int?>("LegacyId").HasColumnName("LegacyID");
        b.Property<int>("AuditUserId").HasColumnName("AuditUserID");
    }
}
