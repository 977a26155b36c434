using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Data;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Mapping;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.EnrolmentOfficer;

public sealed class OfficerMapperTests
{
    private const string OfficerUuid = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private const string SubstituteUuid = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    private const string RegionUuid = "11111111-1111-4111-8111-111111111111";
    private const string DistrictUuid = "22222222-2222-4222-8222-222222222222";
    private const string WardUuid = "33333333-3333-4333-8333-333333333333";
    private const string VillageUuid = "44444444-4444-4444-8444-444444444444";

    private static readonly DateTime Stamp = new(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    private readonly OfficerMapper _mapper = new(Locations());

    [Fact]
    public void ToPractitioner_MapsColumns_WhenRowIsLive()
    {
        var practitioner = _mapper.ToPractitioner(Officer());

        Assert.Equal("EO0001", IgIdentifiers.Find(practitioner.Identifier, IgIdentifiers.Code));
        Assert.Equal(OfficerUuid, IgIdentifiers.Find(practitioner.Identifier, IgIdentifiers.Uuid));
        Assert.Equal(("Roberts", "Jeb"), (practitioner.Name[0].Family, practitioner.Name[0].Given.Single()));
        Assert.Equal("1979-11-02", practitioner.BirthDate);
        Assert.True(PractitionerPerson.HasCode(practitioner.Qualification[0].Code, "EO"));
    }

    [Fact]
    public void ToPractitioner_GivesDistrictAddress_WhenOfficerHasDistrict()
    {
        var address = _mapper.ToPractitioner(Officer()).Address.Single();

        Assert.Equal(("Rapta", "Ultha", "12 Market Street"), (address.District, address.State, address.Line.Single()));
        Assert.Equal($"Location/{DistrictUuid}", ((ResourceReference)address.GetExtension(OpenImisIg.LocationReference).Value).Reference);
    }

    [Fact]
    public void ToRole_ListsLiveVillagesOnly_WhenOneWasRemoved()
    {
        var role = _mapper.ToRole(Officer());

        Assert.Equal([$"Location/{VillageUuid}"], role.Location.Select(l => l.Reference));
    }

    [Fact]
    public void ToRole_GivesSubstituteAndWorksTo_WhenSet()
    {
        var role = _mapper.ToRole(Officer());

        Assert.Equal($"Practitioner/{SubstituteUuid}", ((ResourceReference)role.GetExtension(OpenImisIg.RoleSubstitution).Value).Reference);
        Assert.Equal("2030-12-31T00:00:00+00:00", role.Period.End);
        Assert.Null(role.Period.Start);
        Assert.True(PractitionerPerson.HasCode(role.Code, "EO"));
    }

    [Fact]
    public void ToRole_HasNoPeriod_WhenWorksToIsNull()
    {
        var row = Officer();
        row.WorksTo = null;

        Assert.Null(_mapper.ToRole(row).Period);
    }

    private static Officer Officer() => new()
    {
        Id = 5,
        Uuid = OfficerUuid,
        Code = "EO0001",
        LastName = "Roberts",
        OtherNames = "Jeb",
        BirthDate = new DateOnly(1979, 11, 2),
        PermanentAddress = "12 Market Street",
        LocationId = 2,
        WorksTo = new DateTime(2030, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        Substitute = new Officer { Id = 6, Uuid = SubstituteUuid, Code = "EO0002" },
        SubstituteId = 6,
        ValidityFrom = Stamp,
        Villages =
        [
            new OfficerVillage { Id = 1, OfficerId = 5, LocationId = 4 },
            new OfficerVillage { Id = 2, OfficerId = 5, LocationId = 3, ValidityTo = Stamp },
        ],
    };

    private static LocationSnapshot Locations() => LocationSnapshot.Build(
        [
            new LocationRow { Id = 1, Uuid = RegionUuid, Code = "R1", Name = "Ultha", Type = "R" },
            new LocationRow { Id = 2, Uuid = DistrictUuid, Code = "R1D1", Name = "Rapta", Type = "D", ParentId = 1 },
            new LocationRow { Id = 3, Uuid = WardUuid, Code = "R1D1M1", Name = "Jamu", Type = "W", ParentId = 2 },
            new LocationRow { Id = 4, Uuid = VillageUuid, Code = "R1D1M1V1", Name = "Jamula", Type = "V", ParentId = 3 },
        ],
        Stamp);
}
