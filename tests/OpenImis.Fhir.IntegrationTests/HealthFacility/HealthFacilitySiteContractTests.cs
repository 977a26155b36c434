using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

public sealed class HealthFacilitySiteContractTests(DemoServerFixture server)
    : ReadOnlyResourceContract<Location>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A demo health facility's site: written through its Organization only.
    protected override async Task<string> ExistingIdAsync(FhirClient client) =>
        (await client.SearchAsync<Location>([$"physicalType={SiteLocationMapper.PhysicalTypeSystem}|{SiteLocationMapper.Site}", "_count=1"]))!.Entry.Single().Resource.Id;

    protected override string? SourceProfile => HealthFacilityResources.SiteProfile;
}
