using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Engine;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.Contract;

public sealed class GroupContractTests(DemoServerFixture server)
    : VersionedResourceContract<Group>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A family of one new insuree, in the village of a demo family.
    protected override async Task<Group> NewAsync(FhirClient client)
    {
        var head = await client.CreateAsync(Fixtures.Patient("ContractHead"));
        using var http = Server.Http();
        return await EngineClient.NewFamilyAsync(http, $"Patient/{head!.Id}", head.Identifier[0].Value);
    }

    protected override void Change(Group resource)
    {
        var poverty = resource.GetExtension(OpenImisIg.GroupPoverty)?.Value as FhirBoolean;
        resource.SetExtension(OpenImisIg.GroupPoverty, new FhirBoolean(poverty?.Value != true));
    }
}
