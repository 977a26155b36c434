using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Insuree;

/// <summary>
/// A Patient as the official openIMIS FHIR module writes it (relative code systems, the marital-status web page
/// with 'N'): accepted with warnings, stored with the openIMIS codes, and emitted with the guide's systems only.
/// </summary>
public sealed class LegacySpellingTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Base = "https://openimis.github.io/openimis_fhir_r4_ig";

    private readonly HttpClient _client = server.CreateClient();

    private static Patient BackendPatient()
    {
        var patient = Fixtures.Patient("Legacy");
        patient.MaritalStatus = new CodeableConcept("http://hl7.org/fhir/valueset-marital-status.html", "N");
        patient.Extension.Add(new Extension(Base + "/StructureDefinition/patient-education-level", new CodeableConcept("CodeSystem/patient-education-level", "3")));
        patient.Extension.Add(new Extension(Base + "/StructureDefinition/patient-profession", new CodeableConcept(Base + "//CodeSystem/patient-profession", "2")));
        return patient;
    }

    private async Task<HttpResponseMessage> PostAsync(Patient patient, string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = FhirHttp.Body(patient) };
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        return await _client.SendAsync(request);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresTheOpenImisCodes_WhenSystemsAreSpelledAsTheBackendDoes()
    {
        var response = await PostAsync(BackendPatient());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await FhirHttp.ReadAsync<Patient>(response);

        Assert.Equal(1, await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblInsuree\" WHERE \"InsureeUUID\" = '{created.Id}' AND \"Marital\" = 'N' AND \"Education\" = 3 AND \"Profession\" = 2 AND \"ValidityTo\" IS NULL"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_EmitsOnlyTheGuidesSystems_WhenSystemsAreSpelledAsTheBackendDoes()
    {
        var created = await FhirHttp.ReadAsync<Patient>(await PostAsync(BackendPatient()));
        var read = await FhirHttp.ReadAsync<Patient>(await _client.GetAsync($"/fhir/Patient/{created.Id}"));

        var systems = read.MaritalStatus.Coding.Select(c => c.System)
            .Concat(read.Extension.Select(e => e.Value).OfType<CodeableConcept>().SelectMany(c => c.Coding).Select(c => c.System))
            .ToHashSet();
        Assert.Equal(
            new HashSet<string?>
            {
                "http://terminology.hl7.org/CodeSystem/v3-NullFlavor",
                Base + "/CodeSystem/patient-education-level",
                Base + "/CodeSystem/patient-profession",
            },
            systems);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_WarnsForEachLegacySpelling_WhenOperationOutcomeIsAskedFor()
    {
        var response = await PostAsync(BackendPatient(), "return=OperationOutcome");
        var outcome = await FhirHttp.OutcomeAsync(response);

        var warnings = outcome.Issue
            .Where(i => i.Severity == OperationOutcome.IssueSeverity.Warning && i.Code == OperationOutcome.IssueType.CodeInvalid)
            .SelectMany(i => i.Expression)
            .ToList();
        Assert.Equal(3, warnings.Count);
    }
}
