using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

public sealed class LocationContractTests(DemoServerFixture server)
    : VersionedResourceContract<Location>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A region: the one level that needs no parent.
    protected override Task<Location> NewAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(LocationResources.New("R", null, "Contract Region"));

    // Location has two sources (openIMIS locations, health-facility sites): the CapabilityStatement lists them.
    protected override string? SourceProfile => LocationResources.Profile;

    protected override void Change(Location resource) => resource.Name += " (renamed)";
}
