using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Engine.EngineClient;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>A modifier extension the server does not understand changes what the resource means: the write is refused.</summary>
public sealed class ModifierExtensionTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private static Patient WithUnknownModifier(Patient patient)
    {
        patient.Contact.Add(new Patient.ContactComponent
        {
            Name = new HumanName { Family = "Contact" },
            ModifierExtension = [new Extension("https://example.org/fhir/StructureDefinition/not-really", new FhirBoolean(true))],
        });
        return patient;
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422NamingTheExtension_WhenAModifierIsUnknown()
    {
        var before = await ChecksumAsync(server.ConnectionString);
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(WithUnknownModifier(Fixtures.Patient("Modifier"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Contains(outcome.Issue, i => i.Expression.Contains("Patient.contact[0].modifierExtension[0]"));
        Assert.Equal(before, await ChecksumAsync(server.ConnectionString));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers422AndKeepsTheVersion_WhenAModifierIsUnknown()
    {
        var patient = await CreatePatientAsync(_client, "ModifierUpdate");
        var response = await _client.PutAsync($"/fhir/Patient/{patient.Id}", FhirHttp.Body(WithUnknownModifier(patient)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(patient.Meta!.VersionId, (await ReadAsync<Patient>(_client, $"/fhir/Patient/{patient.Id}")).Meta!.VersionId);
    }
}
