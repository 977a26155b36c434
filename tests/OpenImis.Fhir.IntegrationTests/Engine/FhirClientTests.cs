using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>What an integrator does with the Firely FhirClient, in JSON and in XML.</summary>
public sealed class FhirClientTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    public static TheoryData<ResourceFormat> Formats => [ResourceFormat.Json, ResourceFormat.Xml];

    private FhirClient Client(ResourceFormat format) =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = format, VerifyFhirVersion = true }, server.Factory.Server.CreateHandler());

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task ConditionalCreate_ReturnsTheExistingPatient_WhenItWasCreatedBefore(ResourceFormat format)
    {
        using var client = Client(format);
        var patient = Fixtures.Patient("ClientConditional");
        var condition = new SearchParams().Where($"identifier={patient.Identifier[0].Value}");
        var first = await client.ConditionalCreateAsync(patient, condition);
        var second = await client.ConditionalCreateAsync(patient, condition);
        Assert.Equal(first!.Id, second!.Id);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task Update_Throws412_WhenAVersionAwareUpdateIsStale(ResourceFormat format)
    {
        using var client = Client(format);
        var created = await client.CreateAsync(Fixtures.Patient("ClientVersioned"));
        created!.Name[0].Given = ["First"];
        var updated = await client.UpdateAsync(created, versionAware: true);
        Assert.NotEqual(created.Meta!.VersionId, updated!.Meta!.VersionId);

        created.Name[0].Given = ["Stale"];
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => client.UpdateAsync(created, versionAware: true));
        Assert.Equal(HttpStatusCode.PreconditionFailed, ex.Status);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task History_ListsEveryVersion_WhenThePatientWasUpdated(ResourceFormat format)
    {
        using var client = Client(format);
        var created = await client.CreateAsync(Fixtures.Patient("ClientHistory"));
        created!.BirthDate = "1990-01-01";
        await client.UpdateAsync(created);
        var history = await client.HistoryAsync($"Patient/{created.Id}");
        Assert.Equal(2, history!.Entry.Count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task Transaction_CreatesAFamilyWithItsHead_WhenSentWithTheTransactionBuilder(ResourceFormat format)
    {
        using var client = Client(format);
        var head = Fixtures.Patient("ClientTx");
        var group = await EngineClient.NewFamilyAsync(server.CreateClient(), "urn:uuid:0c1b2a3d-0000-4000-8000-00000000000a", head.Identifier[0].Value);
        var bundle = new TransactionBuilder("http://localhost/fhir", Bundle.BundleType.Transaction)
            .Create(head).Create(group)
            .ToBundle();
        bundle.Entry[0].FullUrl = "urn:uuid:0c1b2a3d-0000-4000-8000-00000000000a";

        var response = await client.TransactionAsync(bundle);

        Assert.All(response!.Entry, e => Assert.StartsWith("201", e.Response.Status, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task Batch_ReportsTheFailedEntry_WhenOneEntryFails(ResourceFormat format)
    {
        using var client = Client(format);
        var bundle = new TransactionBuilder("http://localhost/fhir", Bundle.BundleType.Batch)
            .Create(Fixtures.Patient("ClientBatch"))
            .Read("Patient", Guid.NewGuid().ToString())
            .ToBundle();

        var response = await client.TransactionAsync(bundle);

        Assert.Equal(["201", "404"], response!.Entry.Select(e => e.Response.Status[..3]));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task Patch_ChangesTheBirthDate_WhenSentAsFhirPathPatch(ResourceFormat format)
    {
        using var client = Client(format);
        var created = await client.CreateAsync(Fixtures.Patient("ClientPatch"));
        var patch = new Parameters();
        patch.Parameter.Add(new Parameters.ParameterComponent
        {
            Name = "operation",
            Part =
            [
                new() { Name = "type", Value = new Code("replace") },
                new() { Name = "path", Value = new FhirString("Patient.birthDate") },
                new() { Name = "value", Value = new Date("2001-02-03") },
            ],
        });

        var patched = (Patient?)await client.PatchAsync(new Uri($"Patient/{created!.Id}", UriKind.Relative), patch);

        Assert.Equal("2001-02-03", patched!.BirthDate);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async System.Threading.Tasks.Task ConditionalDelete_DeletesThePatient_WhenOneMatches(ResourceFormat format)
    {
        using var client = Client(format);
        var created = await client.CreateAsync(Fixtures.Patient("ClientDelete"));
        await client.ConditionalDeleteSingleAsync(new SearchParams().Where($"identifier={created!.Identifier[0].Value}"), "Patient");
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => client.ReadAsync<Patient>($"Patient/{created.Id}"));
        Assert.Equal(HttpStatusCode.Gone, ex.Status);
    }
}
