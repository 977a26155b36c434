using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Data;

internal sealed class FacilityDistrictConfiguration : IEntityTypeConfiguration<FacilityDistrict>
{
    public void Configure(EntityTypeBuilder<FacilityDistrict> b)
    {
        // No table of its own (the schema initializer creates none for it): a view over the HealthFacility module's table.
        b.HasNoKey();
        b.ToTable((string?)null);
        b.ToSqlQuery("SELECT \"HfID\", \"LocationId\" FROM \"tblHF\"");
        b.Property(e => e.FacilityId).HasColumnName("HfID");
        b.Property(e => e.LocationId).HasColumnName("LocationId");
    }
}
