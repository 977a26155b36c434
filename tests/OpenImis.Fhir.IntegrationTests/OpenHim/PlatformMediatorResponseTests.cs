using System.Net;
using System.Text.Json.Nodes;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>
/// The mediator format around the platform's real FHIR endpoints: what OpenHIM hands the client
/// (<c>response.body</c>) must be the resource the plain endpoint returns.
/// </summary>
public sealed class PlatformMediatorResponseTests(MediatorServerFixture server) : IClassFixture<MediatorServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private static HttpRequestMessage Routed(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-OpenHIM-TransactionID", "6b089ac52c64f4b6b297fc26");
        return request;
    }

    private async Task<JsonObject> SendRoutedAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = Routed(method, path, content);
        using var response = await _client.SendAsync(request);
        Assert.Equal("application/json+openhim", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task<string> PlainAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> CreatePatientIdAsync(string family)
    {
        using var response = await _client.PostAsync(new Uri("/fhir/Patient", UriKind.Relative), FhirHttp.Body(Fixtures.Patient(family)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    private static JsonNode Body(JsonObject mediator) => JsonNode.Parse((string)mediator["response"]!["body"]!)!;

    [Fact]
    public async Task Read_CarriesExactlyThePlainReadBody_WhenPatientExists()
    {
        var id = await CreatePatientIdAsync("Mediated");
        var plain = await PlainAsync($"/fhir/Patient/{id}");

        var mediator = await SendRoutedAsync(HttpMethod.Get, $"/fhir/Patient/{id}");

        Assert.Equal(("Successful", 200), ((string?)mediator["status"], (int)mediator["response"]!["status"]!));
        Assert.Equal(plain, (string?)mediator["response"]!["body"]);
        Assert.Equal(("Patient", "read"), ((string?)mediator["properties"]!["resourceType"], (string?)mediator["properties"]!["interaction"]));
    }

    [Fact]
    public async Task Search_CarriesSameBundleAsPlainSearch_WithResultCount()
    {
        var family = $"Routed{Guid.NewGuid():N}"[..20];
        await CreatePatientIdAsync(family);
        await CreatePatientIdAsync(family);
        var path = $"/fhir/Patient?family={family}&_total=accurate";
        var plain = JsonNode.Parse(await PlainAsync(path))!;

        var mediator = await SendRoutedAsync(HttpMethod.Get, path);

        var routed = Body(mediator);
        Assert.Equal(("Bundle", 2), ((string?)routed["resourceType"], (int)routed["total"]!));
        Assert.True(JsonNode.DeepEquals(plain["entry"], routed["entry"]), "the routed entries differ from the plain search");
        Assert.Equal(("search-type", "2"), ((string?)mediator["properties"]!["interaction"], (string?)mediator["properties"]!["resultCount"]));
    }

    [Fact]
    public async Task Read_ReportsCompletedWithSameOperationOutcome_WhenPatientIsUnknown()
    {
        var path = $"/fhir/Patient/{Guid.NewGuid()}";
        var plain = await PlainAsync(path);

        var mediator = await SendRoutedAsync(HttpMethod.Get, path);

        Assert.Equal(("Completed", 404), ((string?)mediator["status"], (int)mediator["response"]!["status"]!));
        Assert.Equal(plain, (string?)mediator["response"]!["body"]);
        Assert.Equal("OperationOutcome", (string?)Body(mediator)["resourceType"]);
        Assert.False(mediator.ContainsKey("error"));
    }

    [Fact]
    public async Task Create_CarriesCreatedPatientAndPublicLocation_WhenPatientIsValid()
    {
        var mediator = await SendRoutedAsync(HttpMethod.Post, "/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Created")));

        Assert.Equal(("Successful", 201), ((string?)mediator["status"], (int)mediator["response"]!["status"]!));
        var created = Body(mediator);
        Assert.Equal("Patient", (string?)created["resourceType"]);
        var location = (string?)mediator["response"]!["headers"]!["location"];
        Assert.StartsWith($"{MediatorServerFixture.PublicBaseUrl}/Patient/{(string?)created["id"]}/_history/", location, StringComparison.Ordinal);
        Assert.Equal(JsonNode.Parse(await PlainAsync($"/fhir/Patient/{(string?)created["id"]}"))!.ToJsonString(), created.ToJsonString());
    }

    [Fact]
    public async Task Metadata_CarriesSameCapabilityStatementAsPlainEndpoint_WhenRouted()
    {
        var plain = JsonNode.Parse(await PlainAsync("/fhir/metadata"))!.AsObject();

        var mediator = await SendRoutedAsync(HttpMethod.Get, "/fhir/metadata");

        var routed = Body(mediator).AsObject();
        Assert.Equal("CapabilityStatement", (string?)routed["resourceType"]);
        // The statement is stamped with the time it was built.
        plain.Remove("date");
        routed.Remove("date");
        Assert.True(JsonNode.DeepEquals(plain, routed));
    }
}
