using System.Net;
using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>The mediator format around the platform's real FHIR endpoints.</summary>
public sealed class PlatformMediatorResponseTests(MediatorServerFixture server) : IClassFixture<MediatorServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<(HttpResponseMessage Plain, string PlainBody, JsonObject Mediator)> GetBothWaysAsync(string path)
    {
        var plain = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var plainBody = await plain.Content.ReadAsStringAsync();
        using var routed = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        routed.Headers.Add("X-OpenHIM-TransactionID", "6b089ac52c64f4b6b297fc26");
        using var response = await _client.SendAsync(routed);
        Assert.Equal("application/json+openhim", response.Content.Headers.ContentType?.MediaType);
        return (plain, plainBody, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task Metadata_CarriesSameCapabilityStatementAsPlainEndpoint_WhenRouted()
    {
        var (plain, plainBody, mediator) = await GetBothWaysAsync("/fhir/metadata");
        plain.Dispose();

        Assert.Equal("Successful", (string?)mediator["status"]);
        var routedBody = JsonNode.Parse((string)mediator["response"]!["body"]!)!;
        var plainJson = JsonNode.Parse(plainBody)!;
        Assert.Equal("CapabilityStatement", (string?)routedBody["resourceType"]);
        Assert.True(JsonNode.DeepEquals(Without(plainJson, "date"), Without(routedBody, "date")));
    }

    [Fact]
    public async Task Read_ReportsCompletedWithSameOperationOutcome_WhenResourceIsUnknown()
    {
        var (plain, plainBody, mediator) = await GetBothWaysAsync("/fhir/Patient/3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        plain.Dispose();
        Assert.Equal("Completed", (string?)mediator["status"]);
        Assert.Equal(404, (int)mediator["response"]!["status"]!);
        Assert.Equal(plainBody, (string?)mediator["response"]!["body"]);
        Assert.False(mediator.ContainsKey("error"));
    }

    // The CapabilityStatement is stamped with the time it was built.
    private static JsonNode Without(JsonNode node, string property)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(property);
        return copy;
    }
}
