using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

public sealed class HealthFacilityOrganizationContractTests(DemoServerFixture server)
    : VersionedResourceContract<Organization>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A new dispensary in a demo district.
    protected override async Task<Organization> NewAsync(FhirClient client) =>
        HealthFacilityResources.New(await HealthFacilityResources.DemoLocationAsync(client, "D"), name: "Contract Dispensary");

    // Organization has several sources (health facility, insurer, policy holder): the CapabilityStatement lists them.
    protected override string? SourceProfile => HealthFacilityResources.Profile;

    protected override void Change(Organization resource) => resource.Name += " (renamed)";
}
