using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

internal sealed class InsureeConfiguration : IEntityTypeConfiguration<Insuree>
{
    public void Configure(EntityTypeBuilder<Insuree> b)
    {
        b.MapVersionedRow("tblInsuree", idColumn: "InsureeID", uuidColumn: "InsureeUUID");
        b.Property(e => e.ChfId).HasColumnName("CHFID").HasMaxLength(50);
        b.Property(e => e.LastName).HasColumnName("LastName").HasMaxLength(100).IsRequired();
        b.Property(e => e.OtherNames).HasColumnName("OtherNames").HasMaxLength(100).IsRequired();
        b.Property(e => e.BirthDate).HasColumnName("DOB");
        b.Property(e => e.GenderCode).HasColumnName("Gender").HasMaxLength(1);
        b.HasOne(e => e.Gender).WithMany().HasForeignKey(e => e.GenderCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Marital).HasColumnName("Marital").HasMaxLength(1);
        b.Property(e => e.IsHead).HasColumnName("IsHead");
        b.Property(e => e.CardIssued).HasColumnName("CardIssued");
        b.Property(e => e.Phone).HasColumnName("Phone").HasMaxLength(50);
        b.Property(e => e.Email).HasColumnName("Email").HasMaxLength(100);
        b.Property(e => e.Passport).HasColumnName("passport").HasMaxLength(25);
        b.Property(e => e.TypeOfId).HasColumnName("TypeOfId").HasMaxLength(1);
        b.Property(e => e.CurrentAddress).HasColumnName("CurrentAddress").HasMaxLength(200);
        b.Property(e => e.CurrentVillageId).HasColumnName("CurrentVillage");
        b.HasOne(e => e.CurrentVillage).WithMany().HasForeignKey(e => e.CurrentVillageId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.GeoLocation).HasColumnName("GeoLocation").HasMaxLength(250);
        b.Property(e => e.FamilyId).HasColumnName("FamilyID");
        b.HasOne(e => e.Family).WithMany(f => f.Members).HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.RelationshipId).HasColumnName("Relationship");
        b.HasOne(e => e.Relationship).WithMany().HasForeignKey(e => e.RelationshipId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.ProfessionId).HasColumnName("Profession");
        b.HasOne(e => e.Profession).WithMany().HasForeignKey(e => e.ProfessionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.EducationId).HasColumnName("Education");
        b.HasOne(e => e.Education).WithMany().HasForeignKey(e => e.EducationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.HealthFacilityId).HasColumnName("HFID");
        b.Property(e => e.PhotoId).HasColumnName("PhotoID");
        b.HasOne(e => e.Photo).WithMany().HasForeignKey(e => e.PhotoId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.PhotoDate).HasColumnName("PhotoDate");
        b.Property(e => e.Vulnerability).HasColumnName("Vulnerability");
        b.Property(e => e.IsOffline).HasColumnName("isOffline");
        b.Property(e => e.Source).HasColumnName("Source").HasMaxLength(50);
        b.Property(e => e.SourceVersion).HasColumnName("SourceVersion").HasMaxLength(15);
        b.Property(e => e.Status).HasColumnName("status").HasMaxLength(2);
        b.Property(e => e.StatusDate).HasColumnName("status_date");
        b.Property(e => e.StatusReason).HasColumnName("StatusReason");
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
    }
}
