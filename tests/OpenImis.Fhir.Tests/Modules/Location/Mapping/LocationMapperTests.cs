using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Mapping;
using OpenImis.Fhir.Modules.Shared;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.LocationMapping;

public sealed class LocationMapperTests
{
    private const string LocationTypeSystem = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/location-type";

    [Fact]
    public void ToFhir_EmitsCodeAndUuidIdentifiers_WhenRowIsLive()
    {
        var location = LocationMapper.ToFhir(LocationFixtures.Village());

        Assert.Equal(
            [("Code", "R1D1M2V1"), ("UUID", LocationFixtures.VillageUuid)],
            location.Identifier.Select(i => (i.Type.Coding[0].Code, i.Value)));
    }

    [Fact]
    public void ToFhir_EmitsLevelAsPhysicalType_WhenRowIsVillage()
    {
        var location = LocationMapper.ToFhir(LocationFixtures.Village());

        Assert.Equal((LocationTypeSystem, "V", "City/Village"), (location.PhysicalType.Coding[0].System, location.PhysicalType.Coding[0].Code, location.PhysicalType.Coding[0].Display));
    }

    [Fact]
    public void ToFhir_RefersToParent_WhenRowHasOne()
    {
        var location = LocationMapper.ToFhir(LocationFixtures.Village());

        Assert.Equal(($"Location/{LocationFixtures.WardUuid}", "Jamu"), (location.PartOf.Reference, location.PartOf.Display));
    }

    [Fact]
    public void ToFhir_OmitsPartOf_WhenRowIsRegion()
    {
        var region = new LocationRow { Uuid = Guid.NewGuid().ToString(), Code = "R1", Name = "Ultha", Type = LocationTypes.Region };

        Assert.Null(LocationMapper.ToFhir(region).PartOf);
    }

    [Fact]
    public void ToFhir_EmitsFixedStatusAndMode_WhenAnyRow()
    {
        var location = LocationMapper.ToFhir(LocationFixtures.Village());

        Assert.Equal((Hl7.Fhir.Model.Location.LocationStatus.Active, Hl7.Fhir.Model.Location.LocationMode.Instance), (location.Status, location.Mode));
    }

    [Fact]
    public void ToFhir_KeepsUuidIdentifier_WhenRowIsHistoryWithTheResourceUuid()
    {
        // The engine hands a history row over with the live row's UUID.
        var history = LocationFixtures.Village();
        history.LegacyId = 99;

        Assert.Equal(["Code", "UUID"], LocationMapper.ToFhir(history).Identifier.Select(i => i.Type.Coding[0].Code));
    }

    [Fact]
    public void ToEntity_WritesCodeNameTypeAndParent_WhenResourceIsComplete()
    {
        var ward = LocationFixtures.Ward();
        var row = new LocationRow();

        LocationMapper.ToEntity(Resource("V"), row, ward);

        Assert.Equal(("R1D1M2V9", "Kibo", "V", 3), (row.Code, row.Name, row.Type, row.ParentId));
        Assert.Same(ward, row.Parent);
    }

    [Fact]
    public void ToEntity_KeepsPopulations_WhenRowIsUpdated()
    {
        var row = LocationFixtures.Village();

        LocationMapper.ToEntity(Resource("V"), row, LocationFixtures.Ward());

        Assert.Equal(120, row.MalePopulation);
    }

    [Fact]
    public void ToFhirThenToEntity_GivesTheSameColumns_WhenRoundTripped()
    {
        var village = LocationFixtures.Village();
        var row = new LocationRow();

        LocationMapper.ToEntity(LocationMapper.ToFhir(village), row, village.Parent);

        Assert.Equal((village.Code, village.Name, village.Type, village.ParentId), (row.Code, row.Name, row.Type, row.ParentId));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("si")]
    public void Type_Throws422_WhenCodeIsNoLevel(string code) =>
        Assert.Equal(422, (int)Assert.Throws<FhirException>(() => LocationMapper.Type(Resource(code))).Status);

    [Fact]
    public void Type_Throws422_WhenSystemIsAnother()
    {
        var location = Resource("V");
        location.PhysicalType.Coding[0].System = "http://terminology.hl7.org/CodeSystem/location-physical-type";

        Assert.Equal(422, (int)Assert.Throws<FhirException>(() => LocationMapper.Type(location)).Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenCodeIsMissing()
    {
        var location = Resource("V");
        location.Identifier.Clear();

        var error = Assert.Throws<FhirException>(() => LocationMapper.ToEntity(location, new LocationRow(), null));

        Assert.Contains("identifier[Code]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToEntity_Throws422_WhenNameIsLongerThanTheColumn()
    {
        var location = Resource("V");
        location.Name = new string('a', 51);

        Assert.Equal(422, (int)Assert.Throws<FhirException>(() => LocationMapper.ToEntity(location, new LocationRow(), null)).Status);
    }

    [Fact]
    public void ParentId_ReadsUuid_WhenPartOfIsRelative() =>
        Assert.Equal(LocationFixtures.WardUuid, LocationMapper.ParentId(new Hl7.Fhir.Model.Location { PartOf = new ResourceReference($"Location/{LocationFixtures.WardUuid}") }));

    [Fact]
    public void ParentId_Throws422_WhenPartOfNamesAnotherType() =>
        Assert.Throws<FhirException>(() => LocationMapper.ParentId(new Hl7.Fhir.Model.Location { PartOf = new ResourceReference($"Organization/{LocationFixtures.WardUuid}") }));

    private static Hl7.Fhir.Model.Location Resource(string type) => new()
    {
        Identifier = [IgIdentifiers.Create(IgIdentifiers.Code, "R1D1M2V9")],
        Name = "Kibo",
        PhysicalType = new CodeableConcept(LocationTypeSystem, type),
    };
}
