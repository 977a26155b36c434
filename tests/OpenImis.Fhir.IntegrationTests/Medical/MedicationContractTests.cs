using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

public sealed class MedicationContractTests(DemoServerFixture server)
    : VersionedResourceContract<Medication>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    protected override Task<Medication> NewAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(MedicalResources.NewMedication("CONTRACT TABLETS"));

    protected override void Change(Medication resource) => resource.Code.Text += " RENAMED";
}
