using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Insuree;

/// <summary>
/// An unknown marital status through the server: v3-NullFlavor#UNK is stored as openIMIS 'N' and emitted back, and
/// the guide 1.0.0 spelling v3-MaritalStatus#UNK is taken as the same (under the default validation mode, warn).
/// </summary>
public sealed class MaritalStatusTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string MaritalStatus = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus";
    private const string NullFlavor = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private readonly HttpClient _client = server.CreateClient();

    private async Task<Patient> CreateAsync(string system, string code)
    {
        var patient = Fixtures.Patient("Marital");
        patient.MaritalStatus = new CodeableConcept(system, code);
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await FhirHttp.ReadAsync<Patient>(response);
    }

    private Task<long> LiveRowsAsync(Patient created, string marital) =>
        TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblInsuree\" WHERE \"InsureeUUID\" = '{created.Id}' AND \"Marital\" = '{marital}' AND \"ValidityTo\" IS NULL");

    private async Task<Patient> ReadAsync(Patient created) =>
        await FhirHttp.ReadAsync<Patient>(await _client.GetAsync($"/fhir/Patient/{created.Id}"));

    private static List<(string?, string?)> Codings(Patient patient) =>
        [.. (patient.MaritalStatus?.Coding ?? []).Select(c => (c.System, c.Code))];

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresNotSpecified_WhenMaritalStatusIsNullFlavorUnknown()
    {
        var created = await CreateAsync(NullFlavor, "UNK");

        Assert.Equal(1, await LiveRowsAsync(created, "N"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_EmitsNullFlavorUnknown_WhenPatientWasCreatedWithNullFlavorUnknown()
    {
        var created = await CreateAsync(NullFlavor, "UNK");

        Assert.Equal([(NullFlavor, "UNK")], Codings(await ReadAsync(created)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresNotSpecified_WhenMaritalStatusIsV3MaritalStatusUnknown()
    {
        var created = await CreateAsync(MaritalStatus, "UNK");

        Assert.Equal(1, await LiveRowsAsync(created, "N"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_EmitsNullFlavorUnknown_WhenPatientWasCreatedWithV3MaritalStatusUnknown()
    {
        var created = await CreateAsync(MaritalStatus, "UNK");

        Assert.Equal([(NullFlavor, "UNK")], Codings(await ReadAsync(created)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422NamingTheCode_WhenNullFlavorIsNotUnknown()
    {
        var patient = Fixtures.Patient("Marital");
        patient.MaritalStatus = new CodeableConcept(NullFlavor, "ASKU");

        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient));

        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity
            && outcome.Issue.Any(i => i.Details?.Text?.Contains("v3-NullFlavor|ASKU", StringComparison.Ordinal) == true),
            $"{response.StatusCode}: {string.Join(" | ", outcome.Issue.Select(i => i.Details?.Text))}");
    }
}
