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

    // Known finding, as for Patient: a history row has a UUID of its own, so IgIdentifiers.Of drops the UUID
    // identifier from every superseded version; vread then differs from what the version was when it was current.
    [Fact(Skip = "Known finding: vread of a superseded version lacks the UUID identifier (IgIdentifiers.Of).")]
    public override System.Threading.Tasks.Task Update_AddsAStrictlyNewerVersionAndKeepsTheOldOne_WhenResourceChanges() =>
        base.Update_AddsAStrictlyNewerVersionAndKeepsTheOldOne_WhenResourceChanges();
}
