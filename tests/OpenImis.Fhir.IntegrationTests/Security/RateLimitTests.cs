using System.Net;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>The rate limiter, switched on in mode none with a tiny window.</summary>
public sealed class RateLimitTests(RateLimitTests.Fixture server) : IClassFixture<RateLimitTests.Fixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Request_Answers429WithRetryAfter_WhenTheClientExceedsItsLimit()
    {
        using var client = server.CreateClient();

        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/fhir/metadata");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter?.Delta);
        await FhirHttp.OutcomeAsync(last);
        last.Dispose();
    }

    public sealed class Fixture : ServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimit:Enabled"] = "true",
            ["RateLimit:PermitLimit"] = "2",
            ["RateLimit:WindowSeconds"] = "600",
        };
    }
}
