using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Claim.Data;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> b)
    {
        b.MapVersionedRow("tblFeedback", idColumn: "FeedbackID", uuidColumn: "FeedbackUUID");
        b.Property(e => e.ClaimId).HasColumnName("ClaimID");
        b.HasOne(e => e.Claim).WithMany().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.CareRendered).HasColumnName("CareRendered");
        b.Property(e => e.PaymentAsked).HasColumnName("PaymentAsked");
        b.Property(e => e.DrugPrescribed).HasColumnName("DrugPrescribed");
        b.Property(e => e.DrugReceived).HasColumnName("DrugReceived");
        b.Property(e => e.Assessment).HasColumnName("Asessment");
        b.Property(e => e.ChfOfficerCode).HasColumnName("CHFOfficerCode");
        b.Property(e => e.FeedbackDate).HasColumnName("FeedbackDate");
    }
}
