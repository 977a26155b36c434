using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.HealthFacility;
using OpenImis.Fhir.Modules.HealthFacility.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Data;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.HealthFacility.Mapping;

/// <summary>A live hospital in a district of a region, and the location cache holding both.</summary>
internal static class HealthFacilityFixtures
{
    public const string Uuid = "6a7b8c9d-0000-4000-8000-000000000001";
    public const string DistrictUuid = "6a7b8c9d-0000-4000-8000-000000000012";
    public const string RegionUuid = "6a7b8c9d-0000-4000-8000-000000000011";
    public static readonly DateTime Stamp = new(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    private static readonly Lazy<ConceptMapStore> LazyMaps =
        new(() => ConceptMapStore.Load(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps")));

    public static ConceptMapTranslation SiteTypes => LazyMaps.Value.Get(HealthFacilityModule.SiteTypeMap);

    public static LocationRow District()
    {
        var region = new LocationRow { Id = 11, Uuid = RegionUuid, Code = "R9", Name = "Pwani", Type = LocationTypes.Region, ValidityFrom = Stamp };
        return new LocationRow
        {
            Id = 12, Uuid = DistrictUuid, Code = "R9D1", Name = "Bagamoyo", Type = LocationTypes.District,
            Parent = region, ParentId = region.Id, ValidityFrom = Stamp,
        };
    }

    public static ILocationLookup Locations()
    {
        var district = District();
        return LocationSnapshot.Build([district.Parent!, district], Stamp);
    }

    public static LegalForm Government() => new() { Code = "G", Name = "Government", SortOrder = 3 };

    public static OpenImis.Fhir.Modules.HealthFacility.Data.HealthFacility Hospital() => new()
    {
        Id = 1,
        Uuid = Uuid,
        Code = "HF0042",
        Name = "Pwani Referral Hospital",
        Level = HealthFacilityCodes.LevelHospital,
        CareType = HealthFacilityCodes.CareTypeBoth,
        LegalFormCode = "G",
        LegalForm = Government(),
        Address = "Plot 12, Mwambao Road",
        Phone = "+255 23 244 0000",
        Email = "info@pwani.example",
        LocationId = 12,
        Status = HealthFacilityCodes.StatusActive,
        ValidityFrom = Stamp,
    };
}
