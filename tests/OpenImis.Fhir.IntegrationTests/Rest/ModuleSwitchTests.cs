using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

public sealed class ModuleSwitchTests(ModuleSwitchTests.InsureeOffFixture server) : IClassFixture<ModuleSwitchTests.InsureeOffFixture>
{
    public sealed class InsureeOffFixture : ServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Fhir:Modules:Insuree:Enabled"] = "false",
            ["Fhir:Modules:Policy:Enabled"] = "false",
            ["Fhir:Modules:Claim:Enabled"] = "false",
        };
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers404WithOutcome_WhenModuleIsDisabled()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync($"/fhir/Patient/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_OmitsTypes_WhenModuleIsDisabled()
    {
        using var client = server.CreateClient();
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await client.GetAsync("/fhir/metadata"));
        Assert.DoesNotContain(statement.Rest[0].Resource, r => r.Type is "Patient" or "Group");
    }
}
