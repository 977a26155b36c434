using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.PolicyHolder.Data;

/// <summary>
/// The columns of <c>tblPolicyHolder</c> the Organization mapping reads (the table has more: users, bank account,
/// accountancy, payment reference, replacement, JSON extension), with openIMIS's names and types.
/// </summary>
internal sealed class PolicyHolderConfiguration : IEntityTypeConfiguration<PolicyHolderRow>
{
    public const string Table = "tblPolicyHolder";

    public void Configure(EntityTypeBuilder<PolicyHolderRow> b)
    {
        b.ToTable(Table);
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("UUID").ValueGeneratedNever();
        b.Property(e => e.IsDeleted).HasColumnName("isDeleted");
        b.Property(e => e.DateCreated).HasColumnName("DateCreated");
        b.Property(e => e.DateUpdated).HasColumnName("DateUpdated");
        b.Property(e => e.Version).HasColumnName("version");
        b.Property(e => e.DateValidFrom).HasColumnName("DateValidFrom");
        b.Property(e => e.DateValidTo).HasColumnName("DateValidTo");
        b.Property(e => e.Code).HasColumnName("PolicyHolderCode").HasMaxLength(32).IsRequired();
        b.Property(e => e.TradeName).HasColumnName("TradeName").HasMaxLength(255).IsRequired();
        b.Property(e => e.LocationId).HasColumnName("LocationsId");
        b.Property(e => e.Address).HasColumnName("Address").IsJsonb();
        b.Property(e => e.Phone).HasColumnName("Phone").HasMaxLength(16);
        b.Property(e => e.Fax).HasColumnName("Fax").HasMaxLength(16);
        b.Property(e => e.Email).HasColumnName("Email").HasMaxLength(255);
        b.Property(e => e.ContactName).HasColumnName("ContactName").IsJsonb();
        b.Property(e => e.LegalForm).HasColumnName("LegalForm");
        b.Property(e => e.ActivityCode).HasColumnName("ActivityCode");
    }
}
