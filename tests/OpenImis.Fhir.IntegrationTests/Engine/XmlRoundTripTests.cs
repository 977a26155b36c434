using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>
/// Every type the server serves, read as XML and parsed by the Firely XML parser; the writable ones PUT back as XML
/// and read again unchanged.
/// </summary>
public sealed class XmlRoundTripTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Xml = "application/fhir+xml";
    private static readonly FhirXmlDeserializer Parser = new();
    private static readonly FhirXmlSerializer Serializer = new();

    private readonly HttpClient _client = server.CreateClient();

    // The types in the CapabilityStatement of a server with every module on, as the test fixture runs it.
    private static readonly string[] Types =
        ["Patient", "Group", "Location", "InsurancePlan", "Medication", "ActivityDefinition", "Organization", "Practitioner", "PractitionerRole", "Coverage", "Contract", "Claim", "ClaimResponse", "Communication", "CommunicationRequest", "StructureDefinition", "ValueSet", "CodeSystem", "ConceptMap", "SearchParameter", "ImplementationGuide", "CapabilityStatement"];

    // Served without demo data: CoverageEligibilityRequest is create only; Subscriptions are made by subscribers
    // (the subscription tests read them back).
    private static readonly string[] WithoutDemoData = ["CoverageEligibilityRequest", "Subscription"];

    public static TheoryData<string> ServedTypes() => [.. Types];

    private async Task<T> GetXmlAsync<T>(string path)
        where T : Resource
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Xml));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xml, response.Content.Headers.ContentType?.MediaType);
        return Parser.Deserialize<T>(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsExactlyTheTypesThisTestCovers_WhenReadAsXml()
    {
        var statement = await GetXmlAsync<CapabilityStatement>("/fhir/metadata");
        Assert.Equal(Types.Concat(WithoutDemoData).Order(), statement.Rest[0].Resource.Select(r => r.Type!).Order());
    }

    [Theory]
    [MemberData(nameof(ServedTypes))]
    public async System.Threading.Tasks.Task Read_ParsesAsFhirXml_WhenEachServedTypeIsAskedForInXml(string type)
    {
        var bundle = await GetXmlAsync<Bundle>($"/fhir/{type}?_count=1");
        var first = Assert.Single(bundle.Entry, e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Resource!;
        var read = await GetXmlAsync<Resource>($"/fhir/{type}/{first.Id}");
        Assert.Equal((type, first.Id), (read.TypeName, read.Id));
    }

    [Theory]
    [InlineData("Patient")]
    [InlineData("Group")]
    [InlineData("Location")]
    [InlineData("InsurancePlan")]
    [InlineData("Medication")]
    [InlineData("ActivityDefinition")]
    public async System.Threading.Tasks.Task Update_KeepsTheResource_WhenItsOwnXmlIsPutBack(string type)
    {
        var first = (await GetXmlAsync<Bundle>($"/fhir/{type}?_count=1")).Entry[0].Resource!;
        var before = await GetXmlAsync<Resource>($"/fhir/{type}/{first.Id}");

        var content = new StringContent(Serializer.SerializeToString(before), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(Xml);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/fhir/{type}/{first.Id}") { Content = content };
        put.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Xml));
        var response = await _client.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await GetXmlAsync<Resource>($"/fhir/{type}/{first.Id}");
        Assert.NotEqual(before.Meta!.VersionId, after.Meta!.VersionId);
        before.Meta = null;
        after.Meta = null;
        if ((before, after) is (ActivityDefinition oldDefinition, ActivityDefinition newDefinition))
        {
            // ActivityDefinition.date is "date last changed" (the version's ValidityFrom), like meta.lastUpdated.
            (oldDefinition.Date, newDefinition.Date) = (null, null);
        }

        Assert.True(after.IsExactly(before), $"{type}/{first.Id} changed when its own XML was put back.");
    }
}
