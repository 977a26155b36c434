using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Claim.Data;

internal sealed class FeedbackPromptConfiguration : IEntityTypeConfiguration<FeedbackPrompt>
{
    public void Configure(EntityTypeBuilder<FeedbackPrompt> b)
    {
        b.ToTable("tblFeedbackPrompt");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("FeedbackPromptID").ValueGeneratedOnAdd();
        b.Property(e => e.ClaimId).HasColumnName("ClaimID");
        b.HasOne<ClaimRow>().WithMany().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.FeedbackPromptDate).HasColumnName("FeedbackPromptDate");
        b.Property(e => e.OfficerId).HasColumnName("OfficerID");
        b.Property(e => e.PhoneNumber).HasColumnName("PhoneNumber").HasMaxLength(50);
        b.Property(e => e.SmsStatus).HasColumnName("SMSStatus").HasDefaultValue((short)0);
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
    }
}
