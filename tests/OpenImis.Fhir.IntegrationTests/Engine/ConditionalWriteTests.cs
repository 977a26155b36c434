using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Engine.EngineClient;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>PUT and DELETE on [type]?criteria: one match is the target, none creates (PUT) or does nothing (DELETE), several is 412.</summary>
public sealed class ConditionalWriteTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task ConditionalUpdate_Creates_WhenNothingMatches()
    {
        var patient = Fixtures.Patient("CondCreate");
        var response = await _client.PutAsync($"/fhir/Patient?identifier={patient.Identifier[0].Value}", FhirHttp.Body(patient));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalUpdate_UpdatesTheMatch_WhenOnePatientMatches()
    {
        var existing = await CreatePatientAsync(_client, "CondUpdate");
        var body = Fixtures.Patient("CondUpdated");
        body.Identifier[0].Value = existing.Identifier[0].Value;

        var response = await _client.PutAsync($"/fhir/Patient?identifier={existing.Identifier[0].Value}", FhirHttp.Body(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await FhirHttp.ReadAsync<Patient>(response);
        Assert.Equal(existing.Id, updated.Id);
        Assert.Equal("CondUpdated", updated.Name[0].Family);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalUpdate_Answers412_WhenSeveralMatch()
    {
        var family = $"CondMany{Guid.NewGuid():N}"[..20];
        await CreatePatientAsync(_client, family);
        await CreatePatientAsync(_client, family);
        var response = await _client.PutAsync($"/fhir/Patient?family={family}", FhirHttp.Body(Fixtures.Patient(family)));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalUpdate_Answers400_WhenCriteriaAreUnknown()
    {
        var response = await _client.PutAsync("/fhir/Patient?no-such-parameter=1", FhirHttp.Body(Fixtures.Patient("CondUnknown")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalUpdate_CreatesOnce_WhenClientsRaceWithTheSameCriteria()
    {
        var chfId = Fixtures.NewChfId();
        var statuses = await RaceClient.AllAtOnceAsync(10, async i =>
        {
            var patient = Fixtures.Patient($"CondRace{i}");
            patient.Identifier[0].Value = chfId;
            return (await _client.PutAsync($"/fhir/Patient?identifier={chfId}", FhirHttp.Body(patient))).StatusCode;
        });

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalDelete_DeletesTheMatch_WhenOnePatientMatches()
    {
        var existing = await CreatePatientAsync(_client, "CondDelete");
        var response = await _client.DeleteAsync($"/fhir/Patient?identifier={existing.Identifier[0].Value}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _client.GetAsync($"/fhir/Patient/{existing.Id}")).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalDelete_Answers204_WhenNothingMatches()
    {
        var response = await _client.DeleteAsync($"/fhir/Patient?identifier={Fixtures.NewChfId()}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalDelete_Answers412AndDeletesNothing_WhenSeveralMatch()
    {
        var family = $"CondDelMany{Guid.NewGuid():N}"[..20];
        var first = await CreatePatientAsync(_client, family);
        await CreatePatientAsync(_client, family);
        var response = await _client.DeleteAsync($"/fhir/Patient?family={family}");
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/fhir/Patient/{first.Id}")).StatusCode);
    }
}
