using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;

namespace OpenImis.Fhir.Tests.Modules.HealthFacility.Mapping;

public sealed class SiteLocationMapperTests
{
    private static readonly SiteLocationMapper Mapper = new(HealthFacilityFixtures.Locations(), HealthFacilityFixtures.SiteTypes);

    [Fact]
    public void ToFhir_EmitsASiteManagedByTheFacilitysOrganization_WhenRowIsLive()
    {
        var site = Mapper.ToFhir(HealthFacilityFixtures.Hospital());

        Assert.Equal(
            (SiteLocationMapper.PhysicalTypeSystem, "si", $"Organization/{HealthFacilityFixtures.Uuid}", $"Location/{HealthFacilityFixtures.DistrictUuid}", "Pwani Referral Hospital"),
            (site.PhysicalType.Coding[0].System, site.PhysicalType.Coding[0].Code, site.ManagingOrganization.Reference, site.PartOf.Reference, site.Name));
    }

    [Theory]
    [InlineData("H", "HOSP")]
    [InlineData("C", "COMM")]
    [InlineData("D", "OF")]
    public void ToFhir_TypesTheSiteByLevel_WhenLevelIsMapped(string level, string type)
    {
        var row = HealthFacilityFixtures.Hospital();
        row.Level = level;

        var coding = Mapper.ToFhir(row).Type.Single().Coding.Single();

        Assert.Equal(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", type), (coding.System, coding.Code));
    }

    [Fact]
    public void ToFhir_ReadsAsTheLiveRow_WhenRowIsHistoryWithTheResourceUuid()
    {
        // The engine hands a history row over with the live row's UUID.
        var history = HealthFacilityFixtures.Hospital();
        history.LegacyId = 7;

        Assert.True(Mapper.ToFhir(history).IsExactly(Mapper.ToFhir(HealthFacilityFixtures.Hospital())));
    }

    [Fact]
    public void ToFhir_OmitsPartOf_WhenDistrictIsNotCached()
    {
        var row = HealthFacilityFixtures.Hospital();
        row.LocationId = 999;

        Assert.Null(Mapper.ToFhir(row).PartOf);
    }
}
