using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>NUL anywhere at the edge, and forms past the server's limits, answer 4xx with an OperationOutcome naming the problem.</summary>
public sealed class EdgeInputTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static StringContent RawForm(string body) => new(body, Encoding.UTF8, "application/x-www-form-urlencoded");

    private static async Task<string> DiagnosticsAsync(HttpResponseMessage response) =>
        (await FhirHttp.OutcomeAsync(response)).Issue[0].Diagnostics;

    // A NUL in the path is refused by Kestrel itself before the application sees it (see KestrelEdgeTests); the
    // test server's client cannot even send one.
    [Theory]
    [InlineData("/fhir/Patient?name=%00")]
    [InlineData("/fhir/Patient?_id=%00")]
    [InlineData("/fhir/Patient?na%00me=x")]
    public async System.Threading.Tasks.Task Get_Answers400NamingNul_WhenUrlHoldsNul(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("U+0000", await DiagnosticsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_Answers400NamingNul_WhenFormFieldHoldsNul()
    {
        var response = await _client.PostAsync("/fhir/Patient/_search", Form(("name", "a\0b")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Form field 'name'", await DiagnosticsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_Answers413NamingLimit_WhenFormIsOverBodyLimit()
    {
        // The fixture's Fhir:MaxBodyBytes is 64 KiB.
        var response = await _client.PostAsync("/fhir/Patient/_search", Form(("name", new string('x', 100_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Fhir:MaxBodyBytes", await DiagnosticsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_Answers400NamingLimit_WhenFormHasTooManyFields()
    {
        var response = await _client.PostAsync("/fhir/Patient/_search", RawForm(string.Join('&', Enumerable.Repeat("a=1", 10_000))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Fhir:Form:MaxFields", await DiagnosticsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_Answers400NamingLimit_WhenValueIsTooLong()
    {
        using var factory = server.Factory.WithWebHostBuilder(b => b.UseSetting("Fhir:Form:MaxValueLength", "100"));
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/fhir/Patient/_search", Form(("name", new string('x', 101))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Fhir:Form:MaxValueLength", await DiagnosticsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_Answers415_WhenFormIsMultipart()
    {
        using var content = new MultipartFormDataContent { { new StringContent("Doe"), "name" } };
        var response = await _client.PostAsync("/fhir/Patient/_search", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_FindsPatients_WhenFormIsWithinLimits()
    {
        var response = await _client.PostAsync("/fhir/Patient/_search", Form(("_count", "1")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await FhirHttp.ReadAsync<Bundle>(response)).Entry);
    }

    [Fact]
    // How fast is measured outside the tests (the figures are in the README); a timed assertion fails on a busy machine.
    public async System.Threading.Tasks.Task SearchPost_Answers413_WhenFormIs5MB()
    {
        var body = RawForm("name=" + new string('x', 5 * 1024 * 1024));
        var response = await _client.PostAsync("/fhir/Patient/_search", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
