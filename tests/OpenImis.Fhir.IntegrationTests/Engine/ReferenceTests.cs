using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Engine.EngineClient;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>A reference links a local resource only when it points at this server.</summary>
public sealed class ReferenceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string FamilyExtension = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-group-reference";

    private readonly HttpClient _client = server.CreateClient();

    private async Task<Patient> WithFamilyAsync(string referenceBase)
    {
        var group = (await ReadAsync<Bundle>(_client, "/fhir/Group?_count=1")).Entry[0].Resource!;
        var patient = Fixtures.Patient("Reference");
        patient.Extension.Add(new Extension(FamilyExtension, new ResourceReference($"{referenceBase}Group/{group.Id}")));
        return patient;
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422AndWritesNothing_WhenFamilyIsOnAnotherServer()
    {
        var before = await ChecksumAsync(server.ConnectionString);
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(await WithFamilyAsync("https://other.example.org/fhir/")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
        Assert.Equal(before, await ChecksumAsync(server.ConnectionString));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_LinksTheFamily_WhenTheReferenceIsThisServersAbsoluteUrl()
    {
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(await WithFamilyAsync("http://localhost/fhir/")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await FhirHttp.ReadAsync<Patient>(response);
        Assert.StartsWith("Group/", ((ResourceReference)created.GetExtension(FamilyExtension).Value).Reference, StringComparison.Ordinal);
    }
}
