using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>The mapping of the columns <c>tblClaimItems</c> and <c>tblClaimServices</c> share.</summary>
internal static class ClaimLineConfiguration
{
    public static void Configure<T>(EntityTypeBuilder<T> b, string table, string idColumn, string statusColumn)
        where T : ClaimLine
    {
        b.ToTable(table);
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName(idColumn).ValueGeneratedOnAdd();
        b.Property(e => e.ClaimId).HasColumnName("ClaimID");
        b.Property(e => e.Status).HasColumnName(statusColumn);
        b.Property(e => e.QtyProvided).HasColumnName("QtyProvided").HasPrecision(18, 2);
        b.Property(e => e.QtyApproved).HasColumnName("QtyApproved").HasPrecision(18, 2);
        b.Property(e => e.PriceAsked).HasColumnName("PriceAsked").HasPrecision(18, 2);
        b.Property(e => e.PriceAdjusted).HasColumnName("PriceAdjusted").HasPrecision(18, 2);
        b.Property(e => e.PriceApproved).HasColumnName("PriceApproved").HasPrecision(18, 2);
        b.Property(e => e.PriceValuated).HasColumnName("PriceValuated").HasPrecision(18, 2);
        b.Property(e => e.Explanation).HasColumnName("Explanation");
        b.Property(e => e.Justification).HasColumnName("Justification");
        b.Property(e => e.RejectionReason).HasColumnName("RejectionReason");
        b.Property(e => e.ValidityFromReview).HasColumnName("ValidityFromReview");
        b.Property(e => e.ValidityToReview).HasColumnName("ValidityToReview");
        b.Property(e => e.AuditUserIdReview).HasColumnName("AuditUserIDReview");
        b.Property(e => e.LimitationValue).HasColumnName("LimitationValue").HasPrecision(18, 2);
        b.Property(e => e.Limitation).HasColumnName("Limitation").HasMaxLength(1);
        b.Property(e => e.RemuneratedAmount).HasColumnName("RemuneratedAmount").HasPrecision(18, 2);
        b.Property(e => e.DeductableAmount).HasColumnName("DeductableAmount").HasPrecision(18, 2);
        b.Property(e => e.ExceedCeilingAmount).HasColumnName("ExceedCeilingAmount").HasPrecision(18, 2);
        b.Property(e => e.PriceOrigin).HasColumnName("PriceOrigin").HasMaxLength(1);
        b.Property(e => e.ExceedCeilingAmountCategory).HasColumnName("ExceedCeilingAmountCategory").HasPrecision(18, 2);
        b.Property(e => e.PolicyId).HasColumnName("PolicyID");
        b.HasOne(e => e.Policy).WithMany().HasForeignKey(e => e.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.ProductId).HasColumnName("ProdID");
        b.HasOne<Product.Data.Product>().WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
        b.HasIndex(e => e.ClaimId);
    }
}
