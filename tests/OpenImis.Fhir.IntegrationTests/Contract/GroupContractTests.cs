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

    // Known findings: a superseded family version has no members (Shape joins the members on the history row's own
    // id), which breaks the profile's Group.member 1..*, and lacks the UUID identifier (IgIdentifiers.Of).
    [Fact(Skip = "Known finding: superseded Group versions have no members and no UUID identifier.")]
    public override System.Threading.Tasks.Task Update_AddsAStrictlyNewerVersionAndKeepsTheOldOne_WhenResourceChanges() =>
        base.Update_AddsAStrictlyNewerVersionAndKeepsTheOldOne_WhenResourceChanges();

    [Fact(Skip = "Known finding: superseded Group versions have no members, against Group.member 1..*.")]
    public override System.Threading.Tasks.Task History_ListsEveryVersionNewestFirst_WhenResourceWasUpdatedTwice() =>
        base.History_ListsEveryVersionNewestFirst_WhenResourceWasUpdatedTwice();
}
