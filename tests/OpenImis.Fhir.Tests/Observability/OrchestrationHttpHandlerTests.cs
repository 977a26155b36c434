using System.Net;
using OpenImis.Fhir.Core.Observability;

namespace OpenImis.Fhir.Tests.Observability;

public sealed class OrchestrationHttpHandlerTests
{
    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }

    private static HttpClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new(new OrchestrationHttpHandler("client registry") { InnerHandler = new StubHandler(answer) });

    [Fact]
    public async Task SendAsync_RecordsCallWithStatus_WhenCollecting()
    {
        using var client = Client(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        using var capture = OrchestrationRecorder.StartCollection();

        using var response = await client.GetAsync(new Uri("http://cr:8080/fhir/Patient?identifier=1"));

        var entry = Assert.Single(capture.Entries);
        Assert.Equal(("client registry", "GET", "http://cr:8080/fhir/Patient?identifier=1", 404), (entry.Name, entry.Method, entry.Url, entry.StatusCode.GetValueOrDefault()));
    }

    [Fact]
    public async Task SendAsync_RecordsError_WhenPeerIsUnreachable()
    {
        using var client = Client(_ => throw new HttpRequestException("connection refused"));
        using var capture = OrchestrationRecorder.StartCollection();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://cr/fhir")));

        Assert.Equal("connection refused", Assert.Single(capture.Entries).Error);
    }
}
