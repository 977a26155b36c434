using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hostile;

/// <summary>The server's XML is FHIR XML: Firely's parser reads it, the server takes it back, a subset is tagged once.</summary>
public sealed class XmlOutputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Xml = "application/fhir+xml";
    private const string SubsettedSystem = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    private static readonly FhirXmlDeserializer Parser = new();

    private readonly HttpClient _client = server.CreateClient();

    private async Task<Patient> CreatedAsync(string family)
    {
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient(family)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await FhirHttp.ReadAsync<Patient>(response);
    }

    private async Task<string> XmlAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Xml));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<string?> SubsettedSystems(Resource resource) =>
        resource.Meta?.Tag.Where(t => t.Code == "SUBSETTED").Select(t => t.System) ?? [];

    [Fact]
    public async System.Threading.Tasks.Task Update_Succeeds_WhenTheBodyIsTheServersOwnXml()
    {
        var created = await CreatedAsync("XmlRoundTrip");
        var xml = await XmlAsync($"/fhir/Patient/{created.Id}");
        var response = await _client.PutAsync($"/fhir/Patient/{created.Id}", FhirHttp.Body(xml, Xml));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_GivesFhirXml_WhenXmlIsAsked()
    {
        var created = await CreatedAsync("XmlRead");
        var patient = Assert.IsType<Patient>(Parser.DeserializeResource(await XmlAsync($"/fhir/Patient/{created.Id}?_pretty=true")));
        Assert.Equal("XmlRead", patient.Name[0].Family);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_GivesFhirXml_WhenXmlIsAsked()
    {
        Assert.IsType<CapabilityStatement>(Parser.DeserializeResource(await XmlAsync("/fhir/metadata")));
    }

    [Theory]
    [InlineData("_summary=true")]
    [InlineData("_summary=data")]
    [InlineData("_summary=text")]
    [InlineData("_elements=name")]
    public async System.Threading.Tasks.Task Read_TagsTheSubsetOnce_WhenSummaryOrElementsAreAskedInXml(string shape)
    {
        var created = await CreatedAsync("XmlSubset");
        var patient = Parser.DeserializeResource(await XmlAsync($"/fhir/Patient/{created.Id}?{shape}"));
        Assert.Equal([SubsettedSystem], SubsettedSystems(patient));
    }

    [Theory]
    [InlineData("_summary=true")]
    [InlineData("_elements=name")]
    public async System.Threading.Tasks.Task Search_TagsEachEntryOnce_WhenSummaryOrElementsAreAskedInXml(string shape)
    {
        await CreatedAsync("XmlSearchSubset");
        var bundle = (Bundle)Parser.DeserializeResource(await XmlAsync($"/fhir/Patient?family=XmlSearchSubset&{shape}"));
        Assert.All(bundle.Entry, e => Assert.Equal([SubsettedSystem], SubsettedSystems(e.Resource)));
    }
}
