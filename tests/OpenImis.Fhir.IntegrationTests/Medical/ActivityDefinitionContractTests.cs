using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

public sealed class ActivityDefinitionContractTests(DemoServerFixture server)
    : VersionedResourceContract<ActivityDefinition>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    protected override Task<ActivityDefinition> NewAsync(FhirClient client) =>
        System.Threading.Tasks.Task.FromResult(MedicalResources.NewActivityDefinition("Contract consultation"));

    protected override void Change(ActivityDefinition resource) => resource.Title += " (renamed)";
}
