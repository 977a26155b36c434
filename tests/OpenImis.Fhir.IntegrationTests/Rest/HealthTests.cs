using System.Net;
using System.Text.Json;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>Liveness and readiness; readiness while the database is down is in <see cref="DatabaseOutageTests"/>.</summary>
public sealed class HealthTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<JsonElement> ReadyAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var response = await _client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Live_Answers200_WhenProcessRuns()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
    }

    [Theory]
    [InlineData("database")]
    [InlineData("conformance")]
    [InlineData("validator")]
    public async Task Ready_ReportsCheckHealthy_WhenServerIsReady(string check)
    {
        var report = await ReadyAsync("/health/ready");
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_AnswersAsReady_WhenCalledByItsOlderName()
    {
        var report = await ReadyAsync("/health");
        Assert.Equal(["conformance", "database", "validator"], report.GetProperty("checks").EnumerateObject().Select(p => p.Name).Order());
    }
}
