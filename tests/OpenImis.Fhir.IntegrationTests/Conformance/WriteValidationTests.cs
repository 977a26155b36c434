using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// Create and update per Fhir:Validation:Mode, switched live as OpenHIM does: enforce refuses with 422 and writes
/// nothing, warn writes and reports, off writes without validating.
/// </summary>
public sealed class WriteValidationTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string InsureeRows = "SELECT count(*) FROM \"tblInsuree\"";

    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<string> ExpectedIssues => [.. BrokenPatient.ExpectedIssues];

    private Task<long> RowsAsync() => TestPostgres.CountAsync(server.ConnectionString, InsureeRows);

    private Task<HttpResponseMessage> CreateAsync(string mode, Resource patient, string? prefer = null)
    {
        server.Factory.LiveSettings.Set("Fhir:Validation:Mode", mode);
        var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = FhirHttp.Body(patient) };
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        return _client.SendAsync(request);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenModeIsEnforceAndPatientIsBroken()
    {
        var response = await CreateAsync("enforce", BrokenPatient.Create());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ExpectedIssues))]
    public async System.Threading.Tasks.Task Create_ReportsTheIssue_WhenModeIsEnforceAndPatientIsBroken(string expected)
    {
        var outcome = await FhirHttp.OutcomeAsync(await CreateAsync("enforce", BrokenPatient.Create()));
        Assert.True(BrokenPatient.Mentions(outcome, expected), $"No issue mentions \"{expected}\".");
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_WritesNothing_WhenModeIsEnforceAndPatientIsBroken()
    {
        var before = await RowsAsync();
        await CreateAsync("enforce", BrokenPatient.Create());
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers422_WhenModeIsEnforceAndPatientIsBroken()
    {
        var created = await FhirHttp.ReadAsync<Patient>(await CreateAsync("off", BrokenPatient.Create()));
        server.Factory.LiveSettings.Set("Fhir:Validation:Mode", "enforce");
        var response = await _client.PutAsync($"/fhir/Patient/{created.Id}", FhirHttp.Body(created));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Writes_WhenModeIsWarnAndPatientIsBroken()
    {
        var before = await RowsAsync();
        var response = await CreateAsync("warn", BrokenPatient.Create());
        Assert.Equal((HttpStatusCode.Created, before + 1), (response.StatusCode, await RowsAsync()));
    }

    [Theory]
    [MemberData(nameof(ExpectedIssues))]
    public async System.Threading.Tasks.Task Create_ReturnsTheIssueAsWarning_WhenModeIsWarnAndOutcomeIsPreferred(string expected)
    {
        var response = await CreateAsync("warn", BrokenPatient.Create(), "return=OperationOutcome");
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Contains(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Warning
            && (i.Details?.Text ?? string.Empty).Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_ReturnsNoValidationIssue_WhenModeIsOffAndOutcomeIsPreferred()
    {
        var response = await CreateAsync("off", BrokenPatient.Create(), "return=OperationOutcome");
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Equal((HttpStatusCode.Created, 1), (response.StatusCode, outcome.Issue.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Writes_WhenModeIsEnforceAndPatientConforms()
    {
        var response = await CreateAsync("enforce", await ConformingNewPatientAsync());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Writes_WhenModeIsEnforceAndMaritalStatusIsNullFlavorUnknown()
    {
        var patient = await ConformingNewPatientAsync();
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK");

        var response = await CreateAsync("enforce", patient);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    // The mapping reads guide 1.0.0's spelling as v3-NullFlavor#UNK, but the profile's value set no longer lists it.
    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422NamingTheValueSet_WhenModeIsEnforceAndMaritalStatusIsV3MaritalStatusUnknown()
    {
        var patient = await ConformingNewPatientAsync();
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "UNK");

        var response = await CreateAsync("enforce", patient);

        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity && BrokenPatient.Mentions(outcome, "patient-marital-status"),
            $"{response.StatusCode}: {string.Join(" | ", outcome.Issue.Select(i => i.Details?.Text))}");
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_ReturnsTheValueSetAsWarning_WhenModeIsWarnAndMaritalStatusIsV3MaritalStatusUnknown()
    {
        var patient = await ConformingNewPatientAsync();
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "UNK");

        var response = await CreateAsync("warn", patient, "return=OperationOutcome");

        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created && outcome.Issue.Any(i => i.Severity == OperationOutcome.IssueSeverity.Warning
                && (i.Details?.Text ?? string.Empty).Contains("patient-marital-status", StringComparison.Ordinal)),
            $"{response.StatusCode}: {string.Join(" | ", outcome.Issue.Select(i => i.Details?.Text))}");
    }

    // A served member of a demo family, as a new insuree of that family: it conforms, and the mapping accepts it.
    private async Task<Patient> ConformingNewPatientAsync()
    {
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync("/fhir/Patient?_count=100"));
        var patient = bundle.Entry.Select(e => (Patient)e.Resource!)
            .First(p => p.Photo.Count == 0 && p.Extension.Any(e => e.Url.EndsWith("/patient-is-head", StringComparison.Ordinal)
                && e.Value is FhirBoolean { Value: false }));
        patient.Id = null;
        patient.Meta = null;
        patient.Identifier = [patient.Identifier.Single(i => i.Type?.Coding[0].Code == "Code")];
        patient.Identifier[0].Value = Fixtures.NewChfId();
        return patient;
    }
}
