using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>$validate answers an OperationOutcome with 200 whatever the resource's issues, and 400 only for a bad request.</summary>
public sealed class ValidateOperationTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string PatientExample = "profiles/examples/Patient-john-doe.json";

    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<string> ExpectedIssues => [.. BrokenPatient.ExpectedIssues];

    private async Task<OperationOutcome> ValidateAsync(string path, Resource body)
    {
        var response = await _client.PostAsync(path, FhirHttp.Body(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<OperationOutcome>(response);
    }

    private async Task<string> FirstIdAsync(string type)
    {
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/{type}?_count=1"));
        return bundle.Entry[0].Resource!.Id;
    }

    private static Patient Example() => Fixtures.Load<Patient>(Path.Combine("..", PatientExample));

    [Theory]
    [MemberData(nameof(ExpectedIssues))]
    public async System.Threading.Tasks.Task Validate_ReportsTheIssue_WhenPatientIsBroken(string expected)
    {
        var outcome = await ValidateAsync("/fhir/Patient/$validate", BrokenPatient.Create());
        Assert.True(BrokenPatient.Mentions(outcome, expected), $"No issue mentions \"{expected}\": {Describe(outcome)}");
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsErrors_WhenPatientIsBroken()
    {
        var outcome = await ValidateAsync("/fhir/Patient/$validate", BrokenPatient.Create());
        Assert.Contains(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsOnlyInformation_WhenPatientIsTheGuideExample()
    {
        var outcome = await ValidateAsync("/fhir/Patient/$validate", Example());
        Assert.All(outcome.Issue, i => Assert.Equal(OperationOutcome.IssueSeverity.Information, i.Severity));
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_UsesProfileParameter_WhenParametersNameOne()
    {
        // Against the core Patient the broken Patient is fine: the parameter, not meta or the handler, decides.
        var parameters = new Parameters();
        parameters.Add("resource", BrokenPatient.Create());
        parameters.Add("profile", new FhirUri("http://hl7.org/fhir/StructureDefinition/Patient"));
        var outcome = await ValidateAsync("/fhir/Patient/$validate", parameters);
        Assert.DoesNotContain(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_UsesHandlerProfile_WhenMetaProfileIsNotOneItServes()
    {
        // The rule writes follow too: a claimed profile counts only when the type's handler serves it.
        var patient = BrokenPatient.Create();
        patient.Meta = new Meta { Profile = ["http://hl7.org/fhir/StructureDefinition/Patient"] };
        var outcome = await ValidateAsync("/fhir/Patient/$validate", patient);
        Assert.Contains(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_UsesMetaProfile_WhenNoHandlerServesTheType()
    {
        // Core Observation requires status and code; the claimed core profile is what finds them missing.
        var observation = new Observation { Meta = new Meta { Profile = ["http://hl7.org/fhir/StructureDefinition/Observation"] } };
        var outcome = await ValidateAsync("/fhir/Observation/$validate", observation);
        Assert.Contains(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error && (i.Diagnostics ?? i.Details?.Text ?? "").Contains("status", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_Answers400_WhenProfileIsUnknown()
    {
        var response = await _client.PostAsync("/fhir/Patient/$validate?profile=https://example.org/StructureDefinition/nope", FhirHttp.Body(Example()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_Answers400_WhenBodyIsUnparseable()
    {
        var response = await _client.PostAsync("/fhir/Patient/$validate", FhirHttp.Body("{\"resourceType\":\"Patient\","));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsParserIssue_WhenCodeIsNotAGender()
    {
        var response = await _client.PostAsync("/fhir/Patient/$validate", FhirHttp.Body("{\"resourceType\":\"Patient\",\"gender\":\"mail\"}"));
        var outcome = await FhirHttp.ReadAsync<OperationOutcome>(response);
        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, outcome.Issue.Any(i => (i.Details?.Text ?? string.Empty).Contains("mail", StringComparison.Ordinal))));
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_Answers400_WhenModeIsUnknown()
    {
        var response = await _client.PostAsync("/fhir/Patient/$validate?mode=upsert", FhirHttp.Body(Example()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsNotFound_WhenModeIsUpdateAndIdIsUnknown()
    {
        var id = Guid.NewGuid().ToString();
        var patient = Example();
        patient.Id = id;
        var outcome = await ValidateAsync($"/fhir/Patient/{id}/$validate?mode=update", patient);
        Assert.Contains(outcome.Issue, i => i.Code == OperationOutcome.IssueType.NotFound && i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsNoError_WhenModeIsDeleteAndPatientExists()
    {
        var id = await FirstIdAsync("Patient");
        var response = await _client.PostAsync($"/fhir/Patient/{id}/$validate?mode=delete", null);
        var outcome = await FhirHttp.ReadAsync<OperationOutcome>(response);
        Assert.DoesNotContain(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsNotFound_WhenModeIsDeleteAndPatientIsUnknown()
    {
        var response = await _client.PostAsync($"/fhir/Patient/{Guid.NewGuid()}/$validate?mode=delete", null);
        var outcome = await FhirHttp.ReadAsync<OperationOutcome>(response);
        Assert.Contains(outcome.Issue, i => i.Code == OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ReportsNoError_WhenGetValidatesAStoredGroup()
    {
        var id = await FirstIdAsync("Group");
        var response = await _client.GetAsync($"/fhir/Group/{id}/$validate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await FhirHttp.ReadAsync<OperationOutcome>(response);
        Assert.DoesNotContain(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Validate_ValidatesAgainstCoreType_WhenTypeIsNotServed()
    {
        var observation = new Observation { Status = ObservationStatus.Final };
        var outcome = await ValidateAsync("/fhir/Observation/$validate", observation);
        Assert.Contains(outcome.Issue, i => (i.Details?.Text ?? string.Empty).Contains("'code'", StringComparison.Ordinal));
    }

    private static string Describe(OperationOutcome outcome) =>
        string.Join(" | ", outcome.Issue.Select(i => $"{i.Severity}: {i.Details?.Text}"));
}
