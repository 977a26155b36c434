using System.Net;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Insuree;

/// <summary>Each bad input gets a 4xx with an OperationOutcome, and the database is left as it was.</summary>
public sealed class BadInputTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string RowCounts =
        "SELECT (SELECT count(*) FROM \"tblInsuree\") * 1000000 + (SELECT count(*) FROM \"tblFamilies\")";

    private readonly HttpClient _client = server.CreateClient();

    private async System.Threading.Tasks.Task AssertRejectedAsync(HttpStatusCode expected, Func<Task<HttpResponseMessage>> send)
    {
        var before = await TestPostgres.CountAsync(server.ConnectionString, RowCounts);
        var response = await send();
        Assert.Equal(expected, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
        Assert.Equal(before, await TestPostgres.CountAsync(server.ConnectionString, RowCounts));
    }

    private async Task<string> ExistingIdAsync()
    {
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Existing")));
        return (await FhirHttp.ReadAsync<Hl7.Fhir.Model.Patient>(response)).Id;
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",")]
    [InlineData("{\"resourceType\":\"Patient\",\"gender\":\"mail\"}")]
    [InlineData("{\"resourceType\":\"Patient\",\"birthDate\":\"1980-13-45\"}")]
    [InlineData("{\"resourceType\":\"Patient\",\"shoeSize\":44}")]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":\"Robert'); DROP TABLE \\\"tblInsuree\\\";--\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async System.Threading.Tasks.Task Create_Answers400_WhenJsonIsMalformedOrInvalid(string body)
    {
        await AssertRejectedAsync(HttpStatusCode.BadRequest, () => _client.PostAsync("/fhir/Patient", FhirHttp.Body(body)));
    }

    [Theory]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/>")]
    [InlineData("<Patient><gender value=\"male\"/></Patient>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"&e;\"/></Patient>")]
    public async System.Threading.Tasks.Task Create_Answers400_WhenXmlIsMalformed(string body)
    {
        await AssertRejectedAsync(HttpStatusCode.BadRequest, () => _client.PostAsync("/fhir/Patient", FhirHttp.Body(body, "application/fhir+xml")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers400_WhenBodyIsAnotherResourceType()
    {
        await AssertRejectedAsync(HttpStatusCode.BadRequest,
            () => _client.PostAsync("/fhir/Patient", FhirHttp.Body("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers400_WhenBodyIdDiffersFromUrl()
    {
        var id = await ExistingIdAsync();
        var patient = Fixtures.Patient("Mismatch");
        patient.Id = Guid.NewGuid().ToString();
        await AssertRejectedAsync(HttpStatusCode.BadRequest, () => _client.PutAsync($"/fhir/Patient/{id}", FhirHttp.Body(patient)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers400_WhenBodyHasNoId()
    {
        var id = await ExistingIdAsync();
        await AssertRejectedAsync(HttpStatusCode.BadRequest, () => _client.PutAsync($"/fhir/Patient/{id}", FhirHttp.Body(Fixtures.Patient("NoId"))));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers413_WhenBodyIsOverTheLimit()
    {
        var patient = Fixtures.Patient("Big");
        patient.Name[0].Given = [new string('x', 70_000)];
        await AssertRejectedAsync(HttpStatusCode.RequestEntityTooLarge, () => _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers415_WhenContentTypeIsUnsupported()
    {
        await AssertRejectedAsync(HttpStatusCode.UnsupportedMediaType,
            () => _client.PostAsync("/fhir/Patient", FhirHttp.Body("name=x", "text/plain")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenRequiredNameIsMissing()
    {
        var patient = Fixtures.Patient("x");
        patient.Name.Clear();
        await AssertRejectedAsync(HttpStatusCode.UnprocessableEntity, () => _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient)));
    }

    [Theory]
    [InlineData("birthdate=1980-99-99")]
    [InlineData("birthdate=notadate")]
    [InlineData("_lastUpdated=gt2020-02-30")]
    [InlineData("gender=")]
    [InlineData("identifier=|")]
    [InlineData("_count=-5")]
    [InlineData("_sort=shoeSize")]
    [InlineData("family:sounds=x")]
    [InlineData("_summary=maybe")]
    public async System.Threading.Tasks.Task Search_Answers400_WhenValueIsInvalid(string query)
    {
        await AssertRejectedAsync(HttpStatusCode.BadRequest, () => _client.GetAsync($"/fhir/Patient?{query}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_TreatsInjectionAsText_WhenNameHoldsSql()
    {
        var response = await _client.GetAsync("/fhir/Patient?family=" + Uri.EscapeDataString("x' OR '1'='1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await FhirHttp.ReadAsync<Hl7.Fhir.Model.Bundle>(response)).Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers404_WhenIdIsNotAUuid()
    {
        await AssertRejectedAsync(HttpStatusCode.NotFound, () => _client.GetAsync("/fhir/Patient/1%27%20OR%20%271%27%3D%271"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Vread_Answers404_WhenVersionIsUnknown()
    {
        var id = await ExistingIdAsync();
        await AssertRejectedAsync(HttpStatusCode.NotFound, () => _client.GetAsync($"/fhir/Patient/{id}/_history/abc"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers405_WhenResourceDoesNotExist()
    {
        var patient = Fixtures.Patient("Ghost");
        patient.Id = Guid.NewGuid().ToString();
        await AssertRejectedAsync(HttpStatusCode.MethodNotAllowed, () => _client.PutAsync($"/fhir/Patient/{patient.Id}", FhirHttp.Body(patient)));
    }
}
