using OpenImis.Fhir.Modules.Location.Data;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.LocationMapping;

/// <summary>A live village under its ward, as the mapper gets it from the handler (parent loaded).</summary>
internal static class LocationFixtures
{
    public const string WardUuid = "5e6f7a8b-0000-4000-8000-000000000003";
    public const string VillageUuid = "5e6f7a8b-0000-4000-8000-000000000004";

    public static LocationRow Ward() => new()
    {
        Id = 3,
        Uuid = WardUuid,
        Code = "R1D1M2",
        Name = "Jamu",
        Type = LocationTypes.Ward,
        ValidityFrom = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
    };

    public static LocationRow Village()
    {
        var ward = Ward();
        return new LocationRow
        {
            Id = 4,
            Uuid = VillageUuid,
            Code = "R1D1M2V1",
            Name = "Jamula",
            Type = LocationTypes.Village,
            Parent = ward,
            ParentId = ward.Id,
            MalePopulation = 120,
            ValidityFrom = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };
    }
}
