using System.Net;
using System.Text;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hostile;

/// <summary>Bodies built to hurt the parser, or that Firely reads as something they are not: a 400 OperationOutcome, fast, nothing written.</summary>
public sealed class HostileBodyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Xml = "application/fhir+xml";
    private const string RowCounts = "SELECT (SELECT count(*) FROM \"tblInsuree\") * 1000000 + (SELECT count(*) FROM \"tblFamilies\")";

    private readonly HttpClient _client = server.CreateClient();

    private async Task<Hl7.Fhir.Model.OperationOutcome> RefusedAsync(string body, string mediaType = FhirHttp.Json)
    {
        var before = await TestPostgres.CountAsync(server.ConnectionString, RowCounts);
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(body, mediaType));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Equal(before, await TestPostgres.CountAsync(server.ConnectionString, RowCounts));
        return outcome;
    }

    private static string DeepXml(int depth, string element)
    {
        var name = element.Split(' ')[0];
        var text = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
        for (var i = 1; i < depth; i++)
        {
            text.Append('<').Append(element).Append('>');
        }

        for (var i = 1; i < depth; i++)
        {
            text.Append("</").Append(name).Append('>');
        }

        return text.Append("</Patient>").ToString();
    }

    [Theory]
    [InlineData("extension url=\"http://example.org/x\"")]
    [InlineData("foo")]
    public async Task Create_Answers400_WhenXmlIsTenThousandLevelsDeep(string element)
    {
        // Before the limit, extensions this deep overflowed the stack and killed the server; unknown elements took
        // minutes. The time it takes now is measured outside the tests: a timed assertion fails on a busy machine.
        var body = DeepXml(10_000, element);
        await RefusedAsync(body, Xml);
    }

    [Fact]
    public async Task Create_Answers400_WhenXmlDeclaresEntities()
    {
        const string body = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">" +
            "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>" +
            "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&lol3;\"/></name></Patient>";
        await RefusedAsync(body, Xml);
    }

    [Fact]
    public async Task Create_Answers400_WhenJsonIsDeeperThanSixtyFour()
    {
        var body = "{\"resourceType\":\"Patient\"" +
            string.Concat(Enumerable.Repeat(",\"extension\":[{\"url\":\"http://example.org/x\"", 40)) +
            string.Concat(Enumerable.Repeat("}]", 40)) + "}";
        await RefusedAsync(body);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Trailing\"}]} xyz")]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Twice\"}]}{\"resourceType\":\"Patient\"}")]
    public async Task Create_Answers400_WhenJsonHasTrailingContent(string body)
    {
        await RefusedAsync(body);
    }

    [Fact]
    public async Task Create_Answers400NamingTheType_WhenJsonResourceTypeIsLowerCase()
    {
        var outcome = await RefusedAsync("{\"resourceType\":\"patient\",\"name\":[{\"family\":\"Lower\"}]}");
        Assert.Contains("'patient'", outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Answers400NamingTheType_WhenXmlRootIsLowerCase()
    {
        var outcome = await RefusedAsync("<patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"Lower\"/></name></patient>", Xml);
        Assert.Contains("'patient'", outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Answers400NamingTheElement_WhenAStringHoldsNul()
    {
        var outcome = await RefusedAsync(new FhirJsonSerializer().SerializeToString(Fixtures.Patient("Nul\0Byte")));
        Assert.Equal(["Patient.name[0].family"], outcome.Issue.Single().Expression);
    }
}
