using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> b)
    {
        b.MapVersionedRow("tblPhotos", idColumn: "PhotoID", uuidColumn: "PhotoUUID", auditUserRequired: false);
        b.Property(e => e.InsureeId).HasColumnName("InsureeID");
        b.Property(e => e.ChfId).HasColumnName("CHFID").HasMaxLength(12);
        b.Property(e => e.Folder).HasColumnName("PhotoFolder").HasMaxLength(255);
        b.Property(e => e.FileName).HasColumnName("PhotoFileName").HasMaxLength(255);
        b.Property(e => e.OfficerId).HasColumnName("OfficerID");
        b.Property(e => e.Date).HasColumnName("PhotoDate");
        b.Property(e => e.Content).HasColumnName("photo");
    }
}
