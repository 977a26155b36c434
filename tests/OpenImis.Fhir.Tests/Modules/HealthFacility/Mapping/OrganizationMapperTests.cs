using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;
using OpenImis.Fhir.Modules.Shared;
using HealthFacilityRow = OpenImis.Fhir.Modules.HealthFacility.Data.HealthFacility;

namespace OpenImis.Fhir.Tests.Modules.HealthFacility.Mapping;

public sealed class OrganizationMapperTests
{
    private static readonly OrganizationMapper Mapper = new(HealthFacilityFixtures.Locations());

    private static Organization Hospital() => Mapper.ToFhir(HealthFacilityFixtures.Hospital());

    private static string? Code(Organization organization, string url) =>
        (organization.GetExtension(url)?.Value as CodeableConcept)?.Coding[0].Code;

    private static HealthFacilityRow Written(Organization organization)
    {
        var row = new HealthFacilityRow();
        OrganizationMapper.ToEntity(organization, row, HealthFacilityFixtures.District(), HealthFacilityFixtures.Government());
        return row;
    }

    [Fact]
    public void ToFhir_EmitsCodeAndUuidIdentifiers_WhenRowIsLive() =>
        Assert.Equal(
            [("Code", "HF0042"), ("UUID", HealthFacilityFixtures.Uuid)],
            Hospital().Identifier.Select(i => (i.Type.Coding[0].Code, i.Value)));

    [Fact]
    public void ToFhir_KeepsUuidIdentifier_WhenRowIsHistoryWithTheResourceUuid()
    {
        // The engine hands a history row over with the live row's UUID.
        var history = HealthFacilityFixtures.Hospital();
        history.LegacyId = 7;

        Assert.Equal(["Code", "UUID"], Mapper.ToFhir(history).Identifier.Select(i => i.Type.Coding[0].Code));
    }

    [Fact]
    public void ToFhir_EmitsProviderType_WhenAnyRow() =>
        Assert.Equal(
            (OrganizationMapper.OrganizationTypeSystem, "prov"),
            (Hospital().Type.Single().Coding[0].System, Hospital().Type.Single().Coding[0].Code));

    [Fact]
    public void ToFhir_EmitsLegalFormLevelAndCareType_WhenRowHasThem()
    {
        var organization = Hospital();

        Assert.Equal(
            ("G", "H", "B"),
            (Code(organization, OpenImisIg.HealthFacilityLegalForm), Code(organization, OpenImisIg.HealthFacilityLevel), Code(organization, OpenImisIg.HealthFacilityCareType)));
    }

    [Fact]
    public void ToFhir_EmitsDistrictRegionLineAndReference_WhenDistrictIsCached()
    {
        var address = Hospital().Address.Single();

        var reference = (ResourceReference)address.GetExtension(OpenImisIg.LocationReference).Value;
        Assert.Equal(
            ("Bagamoyo", "Pwani", "Plot 12, Mwambao Road", $"Location/{HealthFacilityFixtures.DistrictUuid}"),
            (address.District, address.State, address.Line.Single(), reference.Reference));
    }

    [Fact]
    public void ToFhir_OmitsAddress_WhenDistrictIsNotCached()
    {
        var row = HealthFacilityFixtures.Hospital();
        row.LocationId = 999;

        Assert.Empty(Mapper.ToFhir(row).Address);
    }

    [Fact]
    public void ToFhir_EmitsOnlyTelecomsThatAreSet_WhenFaxIsEmpty() =>
        Assert.Equal(
            [(ContactPoint.ContactPointSystem.Phone, "+255 23 244 0000"), (ContactPoint.ContactPointSystem.Email, "info@pwani.example")],
            Hospital().Telecom.Select(t => (t.System, t.Value)));

    [Fact]
    public void ToEntity_RestoresTheRowsFields_WhenGivenItsOwnOrganization()
    {
        var original = HealthFacilityFixtures.Hospital();

        var row = Written(Mapper.ToFhir(original));

        Assert.Equal(
            (original.Code, original.Name, original.Level, original.CareType, original.LegalFormCode, original.Address, original.Phone, original.Fax, original.Email, original.LocationId),
            (row.Code, row.Name, row.Level, row.CareType, row.LegalFormCode, row.Address, row.Phone, row.Fax, row.Email, row.LocationId));
    }

    [Fact]
    public void ToEntity_SetsStatusActive_WhenRowIsNew() => Assert.Equal("AC", Written(Hospital()).Status);

    [Fact]
    public void ToEntity_KeepsStatus_WhenRowHasOne()
    {
        var row = HealthFacilityFixtures.Hospital();
        row.Status = "IN";

        OrganizationMapper.ToEntity(Hospital(), row, HealthFacilityFixtures.District(), HealthFacilityFixtures.Government());

        Assert.Equal("IN", row.Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenTypeIsNotProvider()
    {
        var organization = Hospital();
        organization.Type = [new CodeableConcept(OrganizationMapper.OrganizationTypeSystem, "ins")];

        var ex = Assert.Throws<FhirException>(() => Written(organization));

        Assert.Equal("Organization.type", ex.Outcome.Issue[0].Expression.Single());
    }

    [Fact]
    public void ToEntity_Throws422_WhenCodeIsLongerThanTheColumn()
    {
        var organization = Hospital();
        organization.Identifier[0].Value = "HF000000042";

        var ex = Assert.Throws<FhirException>(() => Written(organization));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Theory]
    [InlineData("X")]
    [InlineData(null)]
    public void ToEntity_Throws422NamingTheLevel_WhenLevelIsUnknownOrMissing(string? level)
    {
        var organization = Hospital();
        organization.RemoveExtension(OpenImisIg.HealthFacilityLevel);
        if (level is not null)
        {
            organization.Extension.Add(new Extension(OpenImisIg.HealthFacilityLevel, new CodeableConcept(OpenImisIg.HealthFacilityLevelSystem, level)));
        }

        var ex = Assert.Throws<FhirException>(() => Written(organization));

        Assert.Equal("Organization.extension[hfLevel]", ex.Outcome.Issue[0].Expression.Single());
    }
}
