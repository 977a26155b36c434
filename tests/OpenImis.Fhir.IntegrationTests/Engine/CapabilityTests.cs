using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>The CapabilityStatement says what the engine does for the writable types and at system level.</summary>
public sealed class CapabilityTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<CapabilityStatement.ResourceComponent> PatientAsync() =>
        (await EngineClient.ReadAsync<CapabilityStatement>(_client, "/fhir/metadata")).Rest[0].Resource.Single(r => r.Type == "Patient");

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsPatch_WhenTheTypeIsUpdatable() =>
        Assert.Contains((await PatientAsync()).Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.Patch);

    [Fact]
    public async System.Threading.Tasks.Task Metadata_DeclaresConditionalWrites_WhenTheTypeIsWritable()
    {
        var patient = await PatientAsync();
        Assert.Equal((true, true, CapabilityStatement.ConditionalDeleteStatus.Single),
            (patient.ConditionalCreate, patient.ConditionalUpdate, patient.ConditionalDelete));
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsTransactionAndBatch_WhenRead()
    {
        var statement = await EngineClient.ReadAsync<CapabilityStatement>(_client, "/fhir/metadata");
        Assert.Equal(
            [CapabilityStatement.SystemRestfulInteraction.Transaction, CapabilityStatement.SystemRestfulInteraction.Batch],
            statement.Rest[0].Interaction.Select(i => i.Code!.Value));
    }
}
