using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.Insuree.Data;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> b)
    {
        b.ToTable("tblPhotos");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("PhotoID").ValueGeneratedOnAdd();
        b.Property(e => e.Uuid).HasColumnName("PhotoUUID").HasMaxLength(36).IsRequired();
        b.HasIndex(e => e.Uuid).IsUnique();
        b.Property(e => e.InsureeId).HasColumnName("InsureeID");
        b.Property(e => e.ChfId).HasColumnName("CHFID").HasMaxLength(12);
        b.Property(e => e.Folder).HasColumnName("PhotoFolder").HasMaxLength(255);
        b.Property(e => e.FileName).HasColumnName("PhotoFileName").HasMaxLength(255);
        b.Property(e => e.OfficerId).HasColumnName("OfficerID");
        b.Property(e => e.Date).HasColumnName("PhotoDate");
        b.Property(e => e.Content).HasColumnName("photo");
        b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        b.Property(e => e.LegacyId).HasColumnName("LegacyID");
        b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
    }
}
