using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Insuree;

public sealed class PatientCrudTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<(Patient Patient, HttpResponseMessage Response)> CreateAsync(Patient? patient = null)
    {
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient ?? Fixtures.Patient("Crud")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await FhirHttp.ReadAsync<Patient>(response), response);
    }

    private async Task<Patient> UpdateAsync(Patient patient)
    {
        var response = await _client.PutAsync($"/fhir/Patient/{patient.Id}", FhirHttp.Body(patient));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<Patient>(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers201WithLocationAndETag_WhenPatientIsValid()
    {
        var (patient, response) = await CreateAsync();
        Assert.Equal($"http://localhost/fhir/Patient/{patient.Id}/_history/{patient.Meta!.VersionId}", response.Headers.Location?.ToString());
        Assert.Equal($"W/\"{patient.Meta.VersionId}\"", response.Headers.ETag?.ToString());
        Assert.Contains("https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-patient", patient.Meta.Profile);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_AnswersVersionHeaders_WhenPatientExists()
    {
        var (created, _) = await CreateAsync();
        var response = await _client.GetAsync($"/fhir/Patient/{created.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"W/\"{created.Meta!.VersionId}\"", response.Headers.ETag?.ToString());
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_FindsPatient_WhenIdIsUpperCase()
    {
        var (created, _) = await CreateAsync();
        var response = await _client.GetAsync($"/fhir/Patient/{created.Id.ToUpperInvariant()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers404WithOutcome_WhenIdIsUnknown()
    {
        var response = await _client.GetAsync($"/fhir/Patient/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers410_WhenPatientWasDeleted()
    {
        var (created, _) = await CreateAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/fhir/Patient/{created.Id}")).StatusCode);
        var response = await _client.GetAsync($"/fhir/Patient/{created.Id}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsOldVersionReadable_WhenPatientChanges()
    {
        var (created, _) = await CreateAsync();
        created.Name[0].Given = ["Changed"];
        var updated = await UpdateAsync(created);
        Assert.NotEqual(created.Meta!.VersionId, updated.Meta!.VersionId);

        var old = await FhirHttp.ReadAsync<Patient>(await _client.GetAsync($"/fhir/Patient/{created.Id}/_history/{created.Meta.VersionId}"));
        Assert.Equal("Frank", old.Name[0].Given.Single());
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsIdAndWritesHistoryRow_WhenPatientChanges()
    {
        var (created, _) = await CreateAsync();
        created.Name[0].Given = ["Again"];
        var updated = await UpdateAsync(created);
        Assert.Equal(created.Id, updated.Id);
        var rows = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblInsuree\" h JOIN \"tblInsuree\" l ON h.\"LegacyID\" = l.\"InsureeID\" WHERE l.\"InsureeUUID\" = '{created.Id}' AND h.\"ValidityTo\" IS NOT NULL");
        Assert.Equal(1, rows);
    }

    [Fact]
    public async System.Threading.Tasks.Task History_ListsEveryVersionNewestFirst_WhenPatientWasUpdatedTwice()
    {
        var (created, _) = await CreateAsync();
        created.Name[0].Given = ["Two"];
        var second = await UpdateAsync(created);
        second.Name[0].Given = ["Three"];
        await UpdateAsync(second);

        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/Patient/{created.Id}/_history"));
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        Assert.Equal(["Three", "Two", "Frank"], bundle.Entry.Select(e => ((Patient)e.Resource).Name[0].Given.Single()));
        Assert.Equal(Bundle.HTTPVerb.POST, bundle.Entry[^1].Request.Method);
    }

    [Fact]
    public async System.Threading.Tasks.Task History_IncludesDeletion_WhenPatientWasDeleted()
    {
        var (created, _) = await CreateAsync();
        await _client.DeleteAsync($"/fhir/Patient/{created.Id}");
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/Patient/{created.Id}/_history"));
        Assert.Equal(Bundle.HTTPVerb.DELETE, bundle.Entry[0].Request.Method);
    }

    [Fact]
    public async System.Threading.Tasks.Task TypeHistory_ListsNewVersion_WhenPatientWasUpdated()
    {
        var (created, _) = await CreateAsync();
        var since = created.Meta!.LastUpdated!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/Patient/_history?_since={since}&_count=100"));
        Assert.Contains(bundle.Entry, e => e.Resource?.Id == created.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers412_WhenIfMatchIsStale()
    {
        var (created, _) = await CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/fhir/Patient/{created.Id}") { Content = FhirHttp.Body(created) };
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Succeeds_WhenIfMatchIsCurrent()
    {
        var (created, _) = await CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/fhir/Patient/{created.Id}") { Content = FhirHttp.Body(created) };
        request.Headers.TryAddWithoutValidation("If-Match", $"W/\"{created.Meta!.VersionId}\"");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Answers412_WhenIfMatchIsStale()
    {
        var (created, _) = await CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/fhir/Patient/{created.Id}");
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/fhir/Patient/{created.Id}")).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers304_WhenIfNoneMatchIsCurrent()
    {
        var (created, _) = await CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Patient/{created.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"W/\"{created.Meta!.VersionId}\"");
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers304_WhenIfModifiedSinceIsAfterLastUpdate()
    {
        var (created, _) = await CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Patient/{created.Id}");
        request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddMinutes(1);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers200_WhenIfModifiedSinceIsBeforeLastUpdate()
    {
        var (created, _) = await CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Patient/{created.Id}");
        request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddDays(-1);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_ReturnsExistingWithoutWriting_WhenIfNoneExistMatches()
    {
        var (created, _) = await CreateAsync();
        var chfId = created.Identifier.First(i => i.Type.Coding[0].Code == "Code").Value;
        var before = await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblInsuree\"");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = FhirHttp.Body(Fixtures.Patient("Crud")) };
        request.Headers.TryAddWithoutValidation("If-None-Exist", $"identifier={chfId}");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(created.Id, (await FhirHttp.ReadAsync<Patient>(response)).Id);
        Assert.Equal(before, await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblInsuree\""));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_AnswersNoBody_WhenPreferReturnMinimal()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = FhirHttp.Body(Fixtures.Patient("Crud")) };
        request.Headers.TryAddWithoutValidation("Prefer", "return=minimal");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_AnswersOutcome_WhenPreferReturnOperationOutcome()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = FhirHttp.Body(Fixtures.Patient("Crud")) };
        request.Headers.TryAddWithoutValidation("Prefer", "return=OperationOutcome");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_AcceptsXml_WhenContentTypeIsFhirXml()
    {
        var xml = new FhirXmlSerializer().SerializeToString(Fixtures.Patient("Xml"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient?_format=xml") { Content = FhirHttp.Body(xml, "application/fhir+xml") };
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/fhir+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenFamilyDoesNotExist()
    {
        var patient = Fixtures.Patient("Orphan");
        patient.Extension.Add(new Extension(
            "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-group-reference",
            new ResourceReference($"Group/{Guid.NewGuid()}")));
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Contains("does not exist", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }
}
