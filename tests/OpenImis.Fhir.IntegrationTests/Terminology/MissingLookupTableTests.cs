using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Terminology;

/// <summary>A database without tblProfessions (an older or trimmed openIMIS) serves the guide's patient-profession list.</summary>
public sealed class MissingLookupTableTests(LiveTerminologyFixture server) : IClassFixture<LiveTerminologyFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Read_ServesTheGuidesList_WhenTheTableIsAbsent()
    {
        await using (var connection = new Npgsql.NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("ALTER TABLE \"tblProfessions\" RENAME TO \"tblProfessionsGone\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var guide = (CodeSystem)new FhirJsonDeserializer().DeserializeResource(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "profiles", "CodeSystem-patient-profession.json")));

        var response = await _client.GetAsync("/fhir/CodeSystem/patient-profession");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await FhirHttp.ReadAsync<CodeSystem>(response);
        var valid = await _client.GetAsync($"/fhir/{LookupTableOverlayTests.ValidateCode(guide.Concept[0].Code)}");

        Assert.Equal(guide.Concept.Select(c => (c.Code, c.Display)), served.Concept.Select(c => (c.Code, c.Display)));
        Assert.True((await FhirHttp.ReadAsync<Parameters>(valid)).GetSingleValue<FhirBoolean>("result")?.Value);
    }
}
