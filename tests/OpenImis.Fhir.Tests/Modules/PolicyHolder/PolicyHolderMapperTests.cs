using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.PolicyHolder.Data;
using OpenImis.Fhir.Modules.PolicyHolder.Mapping;
using OpenImis.Fhir.Modules.Shared;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.PolicyHolder;

public sealed class PolicyHolderMapperTests
{
    private static readonly DateTime Stamp = new(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);
    private readonly PolicyHolderMapper _mapper = new(Locations());

    [Fact]
    public void ToFhir_MapsColumns_WhenRowIsComplete()
    {
        var organization = _mapper.ToFhir(Row());

        Assert.Equal("PH0001", IgIdentifiers.Find(organization.Identifier, IgIdentifiers.Code));
        Assert.Equal("4c87928a-cf9c-4f4b-aeeb-61041c84547f", IgIdentifiers.Find(organization.Identifier, IgIdentifiers.Uuid));
        Assert.Equal(("bus", "My Trade"), (organization.Type.Single().Coding.Single().Code, organization.Name));
        Assert.Equal("0102030450", organization.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Fax).Value);
        Assert.Equal("John Doe", organization.Contact.Single().Name.Text);
    }

    [Fact]
    public void ToFhir_GivesVillageAddress_WhenLocationIsVillage()
    {
        var address = _mapper.ToFhir(Row()).Address.Single();

        Assert.Equal(("Jamula", "Rapta", "Ultha", "54 Pasay"), (address.City, address.District, address.State, address.Line.Single()));
        Assert.Equal("Jamu", address.GetStringExtension(OpenImisIg.Municipality));
    }

    [Fact]
    public void ToFhir_NamesTheLevelsItHasAndSaysTheOthersUnknown_WhenLocationIsADistrict()
    {
        var row = Row();
        row.LocationId = 2;

        var address = _mapper.ToFhir(row).Address.Single();

        Assert.Equal(("Rapta", "Ultha"), (address.District, address.State));
        Assert.True(IsUnknown(address.CityElement));
        Assert.True(IsUnknown((FhirString)address.GetExtension(OpenImisIg.Municipality)!.Value));
        Assert.Equal("Location/22222222-2222-4222-8222-222222222222", ((ResourceReference)address.GetExtension(OpenImisIg.LocationReference)!.Value).Reference);
    }

    [Fact]
    public void ToFhir_SaysEveryPartUnknown_WhenPolicyHolderHasNoLocation()
    {
        var row = Row();
        row.LocationId = null;

        var address = _mapper.ToFhir(row).Address.Single();

        Assert.All([address.CityElement, address.DistrictElement, address.StateElement], e => Assert.True(IsUnknown(e)));
        var reference = (ResourceReference)address.GetExtension(OpenImisIg.LocationReference)!.Value;
        Assert.Null(reference.Reference);
        Assert.NotNull(reference.GetExtension(DataAbsent.Reason));
        Assert.Equal("54 Pasay", address.Line.Single());
    }

    [Fact]
    public void ToFhir_GivesLegalFormAndActivity_WhenCodesAreKnown()
    {
        var organization = _mapper.ToFhir(Row());

        Assert.Equal("1", ((CodeableConcept)organization.GetExtension(OpenImisIg.PolicyHolderLegalForm).Value).Coding.Single().Code);
        Assert.Equal("Industry", ((CodeableConcept)organization.GetExtension(OpenImisIg.PolicyHolderActivity).Value).Coding.Single().Display);
    }

    [Fact]
    public void ToFhir_LeavesLegalFormOut_WhenCodeIsUnknown()
    {
        var row = Row();
        row.LegalForm = 9;

        Assert.Null(_mapper.ToFhir(row).GetExtension(OpenImisIg.PolicyHolderLegalForm));
    }

    [Theory]
    [InlineData("\"54 Pasay\"", "54 Pasay")]
    [InlineData("{\"address\": \"54 Pasay\"}", "54 Pasay")]
    [InlineData("{\"other\": 1}", null)]
    [InlineData("54 Pasay", "54 Pasay")]
    [InlineData(null, null)]
    public void JsonText_ReadsText_WhenStoredAsTheFrontendDoes(string? json, string? text)
    {
        Assert.Equal(text, PolicyHolderMapper.JsonText(json, "address"));
    }

    private static bool IsUnknown(PrimitiveType element) =>
        element.JsonValue is null && element.GetExtension(DataAbsent.Reason) is not null;

    private static PolicyHolderRow Row() => new()
    {
        Id = Guid.Parse("4c87928a-cf9c-4f4b-aeeb-61041c84547f"),
        Code = "PH0001",
        TradeName = "My Trade",
        LocationId = 4,
        Address = "{\"address\": \"54 Pasay\"}",
        Phone = "0102030405",
        Email = "contact@mytrade.org",
        Fax = "0102030450",
        ContactName = "{\"contactName\": \"John Doe\"}",
        LegalForm = 1,
        ActivityCode = 2,
        Version = 1,
        DateValidFrom = Stamp,
    };

    private static LocationSnapshot Locations() => LocationSnapshot.Build(
        [
            new LocationRow { Id = 1, Uuid = "11111111-1111-4111-8111-111111111111", Name = "Ultha", Type = "R" },
            new LocationRow { Id = 2, Uuid = "22222222-2222-4222-8222-222222222222", Name = "Rapta", Type = "D", ParentId = 1 },
            new LocationRow { Id = 3, Uuid = "33333333-3333-4333-8333-333333333333", Name = "Jamu", Type = "W", ParentId = 2 },
            new LocationRow { Id = 4, Uuid = "44444444-4444-4444-8444-444444444444", Name = "Jamula", Type = "V", ParentId = 3 },
        ],
        Stamp);
}
