using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.HealthFacility.Mapping;

public sealed class OrganizationReferencesTests
{
    private static Organization Hospital() => new OrganizationMapper(HealthFacilityFixtures.Locations()).ToFhir(HealthFacilityFixtures.Hospital());

    private static string Element(Action read) => Assert.Throws<FhirException>(read).Outcome.Issue[0].Expression.Single();

    [Fact]
    public void Read_ReturnsDistrictAndLegalForm_WhenOrganizationNamesThem() =>
        Assert.Equal(new OrganizationReferences(HealthFacilityFixtures.DistrictUuid, "G"), OrganizationReferences.Read(Hospital()));

    [Fact]
    public void Read_Throws422NamingTheDistrict_WhenAddressHasNoLocationReference()
    {
        var organization = Hospital();
        organization.Address[0].RemoveExtension(OpenImisIg.LocationReference);

        Assert.Equal(OrganizationReferences.DistrictElement, Element(() => OrganizationReferences.Read(organization)));
    }

    [Fact]
    public void Read_Throws422_WhenThereAreTwoAddresses()
    {
        var organization = Hospital();
        organization.Address.Add(new Address { City = "Dar" });

        Assert.Equal("Organization.address", Element(() => OrganizationReferences.Read(organization)));
    }

    [Fact]
    public void Read_Throws422NamingTheLegalForm_WhenItIsMissing()
    {
        var organization = Hospital();
        organization.RemoveExtension(OpenImisIg.HealthFacilityLegalForm);

        Assert.Equal(OrganizationReferences.LegalFormElement, Element(() => OrganizationReferences.Read(organization)));
    }
}
