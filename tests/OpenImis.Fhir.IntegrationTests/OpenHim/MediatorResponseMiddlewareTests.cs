using System.Net;
using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class MediatorResponseMiddlewareTests
{
    private static Task<FakeFhirApi> StartAsync(bool mediatorResponses = true) =>
        FakeFhirApi.StartAsync(new Dictionary<string, string?> { ["OpenHim:MediatorResponses"] = mediatorResponses ? "true" : "false" });

    private static HttpRequestMessage Routed(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-OpenHIM-TransactionID", "6b089ac52c64f4b6b297fc26");
        request.Headers.Add("X-OpenHIM-ClientID", "openimis-test");
        return request;
    }

    private static async Task<(HttpResponseMessage Response, JsonObject Mediator)> SendRoutedAsync(FakeFhirApi api, HttpMethod method, string path)
    {
        using var request = Routed(method, path);
        var response = await api.Client.SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task InvokeAsync_LeavesFhirResponseAlone_WhenRequestHasNoTransactionHeader()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/fhir/Patient/p1", UriKind.Relative));

        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FakeFhirApi.PatientJson, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InvokeAsync_LeavesFhirResponseAlone_WhenMediatorResponsesAreOff()
    {
        await using var api = await StartAsync(mediatorResponses: false);
        using var request = Routed(HttpMethod.Get, "/fhir/Patient/p1");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InvokeAsync_AnswersOpenHimJsonNamingMediator_WhenRequestIsRouted()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Patient/p1");

        Assert.Equal("application/json+openhim", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:mediator:openimis-fhir-r4", (string?)mediator["x-mediator-urn"]);
        response.Dispose();
    }

    [Fact]
    public async Task InvokeAsync_CarriesPlainFhirBodyAsString_WhenReadSucceeds()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Patient/p1");
        response.Dispose();

        Assert.Equal("Successful", (string?)mediator["status"]);
        Assert.Equal(200, (int)mediator["response"]!["status"]!);
        Assert.Equal(FakeFhirApi.PatientJson, mediator["response"]!["body"]!.GetValue<string>());
        Assert.Equal("application/fhir+json; charset=utf-8", (string?)mediator["response"]!["headers"]!["content-type"]);
        Assert.False(mediator.ContainsKey("error"));
    }

    [Fact]
    public async Task InvokeAsync_ReportsRequestFactsAndTrackedWork_WhenHandlerSetThem()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Patient/p1");
        response.Dispose();

        Assert.Equal("Patient", (string?)mediator["properties"]!["resourceType"]);
        Assert.Equal("read", (string?)mediator["properties"]!["interaction"]);
        var orchestration = Assert.Single(mediator["orchestrations"]!.AsArray())!;
        Assert.Equal("openIMIS DB: read Patient", (string?)orchestration["name"]);
        Assert.Equal(200, (int)orchestration["response"]!["status"]!);
    }

    [Fact]
    public async Task InvokeAsync_ReadsFactsFromPathAndBundle_WhenHandlerSetNone()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Patient");
        response.Dispose();

        var properties = mediator["properties"]!;
        Assert.Equal(("Patient", "search-type", "2"), ((string?)properties["resourceType"], (string?)properties["interaction"], (string?)properties["resultCount"]));
    }

    [Fact]
    public async Task InvokeAsync_ReportsCompletedWithoutError_WhenResourceIsNotFound()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Patient/missing");
        response.Dispose();

        Assert.Equal("Completed", (string?)mediator["status"]);
        Assert.Equal(404, (int)mediator["response"]!["status"]!);
        Assert.Equal(FakeFhirApi.NotFoundJson, (string?)mediator["response"]!["body"]);
        Assert.False(mediator.ContainsKey("error"));
    }

    [Fact]
    public async Task InvokeAsync_ReportsFailedWithErrorAndOperationOutcome_WhenEndpointThrows()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Claim/boom");
        response.Dispose();

        Assert.Equal("Failed", (string?)mediator["status"]);
        Assert.Equal(500, (int)mediator["response"]!["status"]!);
        Assert.Contains("database exploded", (string?)mediator["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal("OperationOutcome", (string?)JsonNode.Parse((string)mediator["response"]!["body"]!)!["resourceType"]);
    }

    [Fact]
    public async Task InvokeAsync_CopiesPublicLocation_WhenResourceIsCreated()
    {
        await using var api = await StartAsync();

        var (response, mediator) = await SendRoutedAsync(api, HttpMethod.Post, "/fhir/Patient");
        response.Dispose();

        Assert.Equal(201, (int)mediator["response"]!["status"]!);
        Assert.Equal(FakeFhirApi.CreatedLocation, (string?)mediator["response"]!["headers"]!["location"]);
        Assert.Equal("create", (string?)mediator["properties"]!["interaction"]);
    }

    [Fact]
    public async Task InvokeAsync_KeepsFhirStatusOnTheWire_WhenRequestIsRouted()
    {
        await using var api = await StartAsync();

        var (response, _) = await SendRoutedAsync(api, HttpMethod.Get, "/fhir/Patient/missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        response.Dispose();
    }
}
