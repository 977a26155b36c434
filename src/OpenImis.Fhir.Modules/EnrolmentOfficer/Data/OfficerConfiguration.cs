using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Data;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.ToTable("tblOfficer");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("OfficerID").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("OfficerUUID").HasMaxLength(36).IsRequired();
        b.HasIndex(e => e.Uuid).IsUnique();
        b.Property(e => e.Code).HasColumnName("Code").HasMaxLength(8).IsRequired();
        b.Property(e => e.LastName).HasColumnName("LastName").HasMaxLength(100).IsRequired();
        b.Property(e => e.OtherNames).HasColumnName("OtherNames").HasMaxLength(100).IsRequired();
        b.Property(e => e.BirthDate).HasColumnName("DOB");
        b.Property(e => e.Email).HasColumnName("EmailId").HasMaxLength(200);
        b.Property(e => e.Phone).HasColumnName("Phone").HasMaxLength(50);
        b.Property(e => e.PermanentAddress).HasColumnName("permanentaddress").HasMaxLength(100);
        b.Property(e => e.LocationId).HasColumnName("LocationId");
        b.Property(e => e.SubstituteId).HasColumnName("OfficerIDSubst");
        b.HasOne(e => e.Substitute).WithMany().HasForeignKey(e => e.SubstituteId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.WorksTo).HasColumnName("WorksTo");
        b.Property(e => e.HasLogin).HasColumnName("HasLogin");
        b.Property(e => e.PhoneCommunication).HasColumnName("PhoneCommunication");
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID").IsRequired();
        b.HasMany(e => e.Villages).WithOne().HasForeignKey(v => v.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}
