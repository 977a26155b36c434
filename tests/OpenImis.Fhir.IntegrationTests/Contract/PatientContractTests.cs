using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.Contract;

public sealed class PatientContractTests(DemoServerFixture server)
    : VersionedResourceContract<Patient>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // An insuree without family; the profile wants an address, so it lives (use temp) in a demo family's village.
    protected override async Task<Patient> NewAsync(FhirClient client)
    {
        var family = (Group)(await client.SearchAsync<Group>(pageSize: 1))!.Entry[0].Resource!;
        var address = (Address)family.GetExtension(OpenImisIg.GroupAddress)!.Value!.DeepCopy();
        address.Use = Address.AddressUse.Temp;
        var patient = Fixtures.Patient("Contract");
        patient.Address = [address];
        return patient;
    }

    protected override void Change(Patient resource) => resource.Name[0].Given = [$"Given{Random.Shared.Next(1_000_000)}"];
}
