using System.Net;

namespace OpenImis.Fhir.IntegrationTests.Hosting;

/// <summary>What only a real Kestrel shows: the test server's client cannot send these requests.</summary>
public sealed class KestrelEdgeTests(ServerProcessFixture server) : IClassFixture<ServerProcessFixture>
{
    [Theory]
    [InlineData("/fhir/Patient/%00")]
    [InlineData("/fhir/Patient/abc%00def/_history")]
    public async Task Get_Answers400_WhenPathHoldsNul(string path)
    {
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }
}
