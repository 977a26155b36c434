using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Policy.Data;

internal sealed class PolicyRenewalConfiguration : IEntityTypeConfiguration<PolicyRenewal>
{
    public void Configure(EntityTypeBuilder<PolicyRenewal> b)
    {
        b.ToTable("tblPolicyRenewals");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("RenewalID").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("RenewalUUID");
        b.Property(e => e.RenewalPromptDate).HasColumnName("RenewalPromptDate");
        b.Property(e => e.RenewalDate).HasColumnName("RenewalDate");
        b.Property(e => e.NewOfficerId).HasColumnName("NewOfficerID");
        b.Property(e => e.PhoneNumber).HasColumnName("PhoneNumber").HasMaxLength(25);
        b.Property(e => e.SmsStatus).HasColumnName("SMSStatus");
        b.Property(e => e.InsureeId).HasColumnName("InsureeID");
        b.Property(e => e.PolicyId).HasColumnName("PolicyID");
        b.HasOne<PolicyRow>().WithMany().HasForeignKey(e => e.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.NewProductId).HasColumnName("NewProdID");
        b.Property(e => e.RenewalWarnings).HasColumnName("RenewalWarnings");
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditCreateUser).HasColumnName("AuditCreateUser");
        b.Property(e => e.ResponseStatus).HasColumnName("ResponseStatus");
        b.Property(e => e.ResponseDate).HasColumnName("ResponseDate");
    }
}
