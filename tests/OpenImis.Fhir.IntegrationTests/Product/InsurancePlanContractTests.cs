using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Product;

public sealed class InsurancePlanContractTests(DemoServerFixture server)
    : VersionedResourceContract<InsurancePlan>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A national product with a code of its own.
    protected override Task<InsurancePlan> NewAsync(FhirClient client) =>
        System.Threading.Tasks.Task.FromResult(InsurancePlanCrudTests.Plan(InsurancePlanCrudTests.NewCode()));

    protected override void Change(InsurancePlan resource) => resource.Name += " (renamed)";
}
