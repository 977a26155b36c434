using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class RouteAuthMiddlewareTests
{
    private static Task<FakeFhirApi> StartAsync(bool withCredentials = true) => FakeFhirApi.StartAsync(new Dictionary<string, string?>
    {
        ["OpenHim:MediatorResponses"] = "true",
        ["OpenHim:RouteAuth:Username"] = withCredentials ? "openhim" : null,
        ["OpenHim:RouteAuth:Password"] = withCredentials ? "route-pass" : null,
    });

    private static HttpRequestMessage Get(string path, string? credentials = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (credentials is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        return request;
    }

    [Fact]
    public async Task InvokeAsync_Answers401WithLoginOutcome_WhenCredentialsAreMissing()
    {
        await using var api = await StartAsync();
        using var request = Get("/fhir/Patient/p1");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("OperationOutcome", "error", "login"), ((string?)outcome["resourceType"], (string?)outcome["issue"]![0]!["severity"], (string?)outcome["issue"]![0]!["code"]));
    }

    [Fact]
    public async Task InvokeAsync_Answers401_WhenPasswordIsWrong()
    {
        await using var api = await StartAsync();
        using var request = Get("/fhir/Patient/p1", "openhim:wrong");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_Serves_WhenRouteCredentialsAreGiven()
    {
        await using var api = await StartAsync();
        using var request = Get("/fhir/Patient/p1", "openhim:route-pass");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_Serves_WhenNoRouteCredentialsAreConfigured()
    {
        await using var api = await StartAsync(withCredentials: false);
        using var request = Get("/fhir/Patient/p1");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_Serves_WhenPathIsOutsideFhir()
    {
        await using var api = await StartAsync();
        using var request = Get("/health");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_WrapsRejectionAsCompletedMediatorResponse_WhenRequestIsRouted()
    {
        await using var api = await StartAsync();
        using var request = Get("/fhir/Patient/p1");
        request.Headers.Add("X-OpenHIM-TransactionID", "6b089ac52c64f4b6b297fc26");

        using var response = await api.Client.SendAsync(request);

        var mediator = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("Completed", 401), ((string?)mediator["status"], (int)mediator["response"]!["status"]!));
    }
}
