using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Engine.EngineClient;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>PATCH with JSON Patch and FHIRPath Patch: a new version, the same checks as PUT, never undoing a concurrent write.</summary>
public sealed class PatchTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private static StringContent JsonPatch(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json-patch+json");
        return content;
    }

    private async Task<HttpResponseMessage> PatchAsync(string path, HttpContent body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = body };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await _client.SendAsync(request);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_WritesANewVersion_WhenJsonPatchReplacesTheFamilyName()
    {
        var patient = await CreatePatientAsync(_client, "PatchJson");
        var response = await PatchAsync($"/fhir/Patient/{patient.Id}", JsonPatch("""[{"op":"replace","path":"/name/0/family","value":"Patched"}]"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patched = await FhirHttp.ReadAsync<Patient>(response);
        Assert.Equal("Patched", patched.Name[0].Family);
        Assert.NotEqual(patient.Meta!.VersionId, patched.Meta!.VersionId);
        Assert.Equal("PatchJson", (await ReadAsync<Patient>(_client, $"/fhir/Patient/{patient.Id}/_history/{patient.Meta.VersionId}")).Name[0].Family);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_WritesANewVersion_WhenFhirPathPatchReplacesTheBirthDate()
    {
        var patient = await CreatePatientAsync(_client, "PatchFhirPath");
        var parameters = new Parameters();
        parameters.Parameter.Add(new Parameters.ParameterComponent
        {
            Name = "operation",
            Part =
            [
                new() { Name = "type", Value = new Code("replace") },
                new() { Name = "path", Value = new FhirString("Patient.birthDate") },
                new() { Name = "value", Value = new Date("1999-09-09") },
            ],
        });

        var response = await PatchAsync($"/fhir/Patient/{patient.Id}", FhirHttp.Body(parameters));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1999-09-09", (await FhirHttp.ReadAsync<Patient>(response)).BirthDate);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_Answers412_WhenIfMatchIsStale()
    {
        var patient = await CreatePatientAsync(_client, "PatchStale");
        var etag = $"W/\"{patient.Meta!.VersionId}\"";
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync($"/fhir/Patient/{patient.Id}", JsonPatch("""[{"op":"replace","path":"/name/0/family","value":"First"}]"""), etag)).StatusCode);
        var response = await PatchAsync($"/fhir/Patient/{patient.Id}", JsonPatch("""[{"op":"replace","path":"/name/0/family","value":"Second"}]"""), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_Answers400_WhenDocumentIsMalformed()
    {
        var patient = await CreatePatientAsync(_client, "PatchMalformed");
        var response = await PatchAsync($"/fhir/Patient/{patient.Id}", JsonPatch("""{"op":"replace"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_Answers422AndWritesNothing_WhenTheResultIsNotValidFhir()
    {
        var patient = await CreatePatientAsync(_client, "PatchInvalid");
        var response = await PatchAsync($"/fhir/Patient/{patient.Id}", JsonPatch("""[{"op":"replace","path":"/gender","value":"neither"}]"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
        Assert.Equal(patient.Meta!.VersionId, (await ReadAsync<Patient>(_client, $"/fhir/Patient/{patient.Id}")).Meta!.VersionId);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_PatchesTheMatch_WhenCriteriaSelectOnePatient()
    {
        var patient = await CreatePatientAsync(_client, "PatchConditional");
        var response = await PatchAsync($"/fhir/Patient?identifier={patient.Identifier[0].Value}",
            JsonPatch("""[{"op":"replace","path":"/name/0/family","value":"PatchedByCriteria"}]"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PatchedByCriteria", (await ReadAsync<Patient>(_client, $"/fhir/Patient/{patient.Id}")).Name[0].Family);
    }

    [Fact]
    public async System.Threading.Tasks.Task Patch_KeepsEveryConcurrentPatch_WhenClientsPatchDifferentFieldsAtOnce()
    {
        // Each patch changes one field. A patch applied to a version older than the current one would write the other
        // fields back as they were, undoing the concurrent patches.
        var patient = await CreatePatientAsync(_client, "PatchRace");
        for (var round = 1; round <= 4; round++)
        {
            string[] patches =
            [
                $$$"""[{"op":"replace","path":"/name/0/family","value":"Family{{{round}}}"}]""",
                $$$"""[{"op":"replace","path":"/name/0/given/0","value":"Given{{{round}}}"}]""",
                $$$"""[{"op":"replace","path":"/birthDate","value":"199{{{round}}}-01-01"}]""",
                $$$"""[{"op":"replace","path":"/telecom/0/value","value":"+25570000000{{{round}}}"}]""",
                $$$"""[{"op":"replace","path":"/gender","value":"{{{(round % 2 == 0 ? "male" : "female")}}}"}]""",
            ];
            var statuses = await RaceClient.AllAtOnceAsync(patches.Length, async i => (await PatchAsync($"/fhir/Patient/{patient.Id}", JsonPatch(patches[i]))).StatusCode);
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

            var final = await ReadAsync<Patient>(_client, $"/fhir/Patient/{patient.Id}");
            Assert.Equal(
                ($"Family{round}", $"Given{round}", $"199{round}-01-01", $"+25570000000{round}", round % 2 == 0 ? AdministrativeGender.Male : AdministrativeGender.Female),
                (final.Name[0].Family, final.Name[0].Given.Single(), final.BirthDate, final.Telecom[0].Value, final.Gender!.Value));
        }

        Assert.Equal(21, (await RaceClient.HistoryAsync(_client, patient.Id)).Count);
    }
}
