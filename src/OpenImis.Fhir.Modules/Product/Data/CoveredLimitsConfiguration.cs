using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Product.Data;

/// <summary>The shared columns of the two link tables; each configuration adds its key and item or service id.</summary>
internal static class CoveredLimitsConfiguration
{
    public static void Configure<T>(EntityTypeBuilder<T> b, string table, string idColumn, bool codesRequired)
        where T : CoveredLimits
    {
        b.ToTable(table);
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName(idColumn).ValueGeneratedOnAdd();
        b.Property(e => e.ProductId).HasColumnName("ProdID");
        b.HasOne<Product>().WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);

        // tblProductServices requires the limitation type and price origin, tblProductItems does not.
        b.Property(e => e.LimitationType).HasColumnName("LimitationType").HasMaxLength(1).IsRequired(codesRequired);
        b.Property(e => e.PriceOrigin).HasColumnName("PriceOrigin").HasMaxLength(1).IsRequired(codesRequired);
        b.Property(e => e.LimitAdult).HasColumnName("LimitAdult").HasPrecision(18, 2);
        b.Property(e => e.LimitChild).HasColumnName("LimitChild").HasPrecision(18, 2);
        b.Property(e => e.WaitingPeriodAdult).HasColumnName("WaitingPeriodAdult");
        b.Property(e => e.WaitingPeriodChild).HasColumnName("WaitingPeriodChild");
        b.Property(e => e.LimitNoAdult).HasColumnName("LimitNoAdult");
        b.Property(e => e.LimitNoChild).HasColumnName("LimitNoChild");
        b.Property(e => e.LimitationTypeR).HasColumnName("LimitationTypeR").HasMaxLength(1);
        b.Property(e => e.LimitationTypeE).HasColumnName("LimitationTypeE").HasMaxLength(1);
        b.Property(e => e.LimitAdultR).HasColumnName("LimitAdultR").HasPrecision(18, 2);
        b.Property(e => e.LimitAdultE).HasColumnName("LimitAdultE").HasPrecision(18, 2);
        b.Property(e => e.LimitChildR).HasColumnName("LimitChildR").HasPrecision(18, 2);
        b.Property(e => e.LimitChildE).HasColumnName("LimitChildE").HasPrecision(18, 2);
        b.Property(e => e.CeilingExclusionAdult).HasColumnName("CeilingExclusionAdult").HasMaxLength(1);
        b.Property(e => e.CeilingExclusionChild).HasColumnName("CeilingExclusionChild").HasMaxLength(1);
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
    }
}
