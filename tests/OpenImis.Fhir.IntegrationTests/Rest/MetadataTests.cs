using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

public sealed class MetadataTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Metadata_ReturnsR4CapabilityStatement_WhenRequested()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync("/fhir/metadata");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(response);
        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Contains("json", statement.Format);
        Assert.Contains("xml", statement.Format);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_AnswersXml_WhenFormatIsXml()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync("/fhir/metadata?_format=xml");
        Assert.Equal("application/fhir+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<CapabilityStatement", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_AnswersXml_WhenAcceptIsFhirXml()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/metadata");
        request.Headers.Accept.ParseAdd("application/fhir+xml");
        var response = await client.SendAsync(request);
        Assert.Equal("application/fhir+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_UsesForwardedHost_WhenBaseUrlUnset()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/metadata");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "openhim.example.org");
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await client.SendAsync(request));
        Assert.Equal("https://openhim.example.org/fhir", statement.Implementation?.Url);
    }

    [Fact]
    public async System.Threading.Tasks.Task UnknownType_Answers404WithOutcome_WhenTypeIsNotServed()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync("/fhir/Observation/1");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task UnsupportedMethod_Answers405WithOutcome_WhenPatchIsSent()
    {
        using var client = server.CreateClient();
        var response = await client.PatchAsync("/fhir/metadata", FhirHttp.Body("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Format_Answers406_WhenFormatIsUnknown()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync("/fhir/metadata?_format=text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }
}
