using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Location.Data;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.MapVersionedRow("tblLocations", idColumn: "LocationId", uuidColumn: "LocationUUID", auditUserColumn: "AuditUserId", auditUserRequired: false);
        b.Property(e => e.Code).HasColumnName("LocationCode").HasMaxLength(8);
        b.Property(e => e.Name).HasColumnName("LocationName").HasMaxLength(50);
        b.Property(e => e.Type).HasColumnName("LocationType").HasMaxLength(1).IsRequired();
        b.Property(e => e.MalePopulation).HasColumnName("MalePopulation");
        b.Property(e => e.FemalePopulation).HasColumnName("FemalePopulation");
        b.Property(e => e.OtherPopulation).HasColumnName("OtherPopulation");
        b.Property(e => e.Families).HasColumnName("Families");
        b.Property(e => e.ParentId).HasColumnName("ParentLocationId");
        b.HasOne(e => e.Parent).WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.JsonExt).HasColumnName("JsonExt").IsJsonb();
    }
}
