using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Claim.Data;

internal sealed class ClaimRowConfiguration : IEntityTypeConfiguration<ClaimRow>
{
    public void Configure(EntityTypeBuilder<ClaimRow> b)
    {
        b.MapVersionedRow("tblClaim", idColumn: "ClaimID", uuidColumn: "ClaimUUID");
        b.Property(e => e.Code).HasColumnName("ClaimCode").HasMaxLength(50).IsRequired();
        b.Property(e => e.Status).HasColumnName("ClaimStatus");
        b.Property(e => e.Category).HasColumnName("ClaimCategory").HasMaxLength(1);
        b.Property(e => e.DateFrom).HasColumnName("DateFrom");
        b.Property(e => e.DateTo).HasColumnName("DateTo");
        b.Property(e => e.DateClaimed).HasColumnName("DateClaimed");
        b.Property(e => e.DateProcessed).HasColumnName("DateProcessed");
        b.Property(e => e.Adjustment).HasColumnName("Adjustment");
        b.Property(e => e.Claimed).HasColumnName("Claimed").HasPrecision(18, 2);
        b.Property(e => e.Approved).HasColumnName("Approved").HasPrecision(18, 2);
        b.Property(e => e.Reinsured).HasColumnName("Reinsured").HasPrecision(18, 2);
        b.Property(e => e.Valuated).HasColumnName("Valuated").HasPrecision(18, 2);
        b.Property(e => e.Remunerated).HasColumnName("Remunerated").HasPrecision(18, 2);
        b.Property(e => e.Feedback).HasColumnName("Feedback");
        b.Property(e => e.Explanation).HasColumnName("Explanation");
        b.Property(e => e.FeedbackStatus).HasColumnName("FeedbackStatus");
        b.Property(e => e.ReviewStatus).HasColumnName("ReviewStatus");
        b.Property(e => e.ApprovalStatus).HasColumnName("ApprovalStatus");
        b.Property(e => e.RejectionReason).HasColumnName("RejectionReason");
        b.Property(e => e.ValidityFromReview).HasColumnName("ValidityFromReview");
        b.Property(e => e.ValidityToReview).HasColumnName("ValidityToReview");
        b.Property(e => e.SubmitStamp).HasColumnName("SubmitStamp");
        b.Property(e => e.ProcessStamp).HasColumnName("ProcessStamp");
        b.Property(e => e.GuaranteeId).HasColumnName("GuaranteeId").HasMaxLength(50);
        b.Property(e => e.VisitType).HasColumnName("VisitType").HasMaxLength(1);
        b.Property(e => e.AuditUserIdReview).HasColumnName("AuditUserIDReview");
        b.Property(e => e.AuditUserIdSubmit).HasColumnName("AuditUserIDSubmit");
        b.Property(e => e.AuditUserIdProcess).HasColumnName("AuditUserIDProcess");
        b.Property(e => e.Adjuster).HasColumnName("Adjuster");
        b.Property(e => e.ClaimAdminId).HasColumnName("ClaimAdminId");
        b.HasOne(e => e.ClaimAdmin).WithMany().HasForeignKey(e => e.ClaimAdminId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.RunId).HasColumnName("RunID");
        b.Property(e => e.FeedbackId).HasColumnName("FeedbackID");
        b.Property(e => e.HealthFacilityId).HasColumnName("HFID");
        b.HasOne(e => e.HealthFacility).WithMany().HasForeignKey(e => e.HealthFacilityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.DiagnosisId).HasColumnName("ICDID");
        b.HasOne(e => e.Diagnosis).WithMany().HasForeignKey(e => e.DiagnosisId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Diagnosis1Id).HasColumnName("ICDID1");
        b.HasOne(e => e.Diagnosis1).WithMany().HasForeignKey(e => e.Diagnosis1Id).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Diagnosis2Id).HasColumnName("ICDID2");
        b.HasOne(e => e.Diagnosis2).WithMany().HasForeignKey(e => e.Diagnosis2Id).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Diagnosis3Id).HasColumnName("ICDID3");
        b.HasOne(e => e.Diagnosis3).WithMany().HasForeignKey(e => e.Diagnosis3Id).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Diagnosis4Id).HasColumnName("ICDID4");
        b.HasOne(e => e.Diagnosis4).WithMany().HasForeignKey(e => e.Diagnosis4Id).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.InsureeId).HasColumnName("InsureeID");
        b.HasOne(e => e.Insuree).WithMany().HasForeignKey(e => e.InsureeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
        b.Property(e => e.ReferFromId).HasColumnName("ReferFrom");
        b.Property(e => e.ReferToId).HasColumnName("ReferTo");
        b.Property(e => e.CareType).HasColumnName("CareType").HasMaxLength(4);
        b.Property(e => e.RestoredClaimId).HasColumnName("RestoredClaim");
        b.Property(e => e.PreAuthorization).HasColumnName("pre_authorization");
        b.Property(e => e.PatientCondition).HasColumnName("patient_condition").HasMaxLength(2);
        b.Property(e => e.ReferralCode).HasColumnName("referral_code").HasMaxLength(50);
        b.HasMany(e => e.Items).WithOne(l => l.Claim).HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Services).WithOne(l => l.Claim).HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.InsureeId);
        b.HasIndex(e => e.Code);
    }
}
