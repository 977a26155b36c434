using System.Diagnostics;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-13: status polling. The limit is a sliding minute per client and export (120 by default, twice what a client
/// obeying <c>Retry-After: 1</c> sends); an export of one resource per file, on one worker, runs long enough to poll.
/// </summary>
public sealed class ExportPollingTests(ExportPollingTests.Fixture server) : IClassFixture<ExportPollingTests.Fixture>
{
    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    [Fact]
    public async System.Threading.Tasks.Task Status_NeverAnswers429_WhenTheClientWaitsRetryAfter_EX13()
    {
        // Longer than the limit's window, so that the window slides under an obedient client.
        var until = Stopwatch.StartNew();
        var status = await Client.KickOffAsync("$export");
        var polls = 0;
        var running = 0;
        var completed = 0;
        while (until.Elapsed < TimeSpan.FromSeconds(75))
        {
            using var response = await Client.PollAsync(status);
            polls++;
            running += response.StatusCode == HttpStatusCode.Accepted ? 1 : 0;
            Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"poll {polls}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                // Keep an export running under the client for the whole window, however fast the machine exports.
                completed++;
                status = await Client.KickOffAsync("$export");
            }

            await System.Threading.Tasks.Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }

        Assert.True(polls > 60, $"only {polls} polls");
        // Every poll counts against the limit, running or not; some must have seen a running export for the test to
        // mean anything (how many depends on the machine's speed, so no fixed share is asserted).
        Assert.True(running > 0, $"no poll of {polls} found an export running ({completed} complete)");
        Assert.Equal(HttpStatusCode.Accepted, await Client.CancelAsync(status));
    }

    [Fact]
    public async System.Threading.Tasks.Task Status_Answers429WithRetryAfterAndOutcome_WhenPolledTwentyTimesASecond_EX13()
    {
        var status = await Client.KickOffAsync("$export");
        try
        {
            for (var i = 0; i < 20 * 30; i++)
            {
                using var response = await Client.PollAsync(status);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Assert.True(i >= 120, $"refused after {i} polls, under the limit");
                    Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
                    var outcome = await FhirHttp.OutcomeAsync(response);
                    Assert.Equal(OperationOutcome.IssueType.Throttled, outcome.Issue[0].Code);
                    return;
                }

                Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{(int)response.StatusCode}");
                await System.Threading.Tasks.Task.Delay(50);
            }

            Assert.Fail("Twenty polls a second for 30 s were never refused.");
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Accepted, await Client.CancelAsync(status));
        }
    }

    /// <summary>The default limits; one resource per file and one worker, so that an export runs for a while.</summary>
    public sealed class Fixture : ExportServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Jobs:MaxExportsPerClient"] = "10",
            ["Jobs:ResourcesPerFile"] = "1",
            ["Jobs:WorkerCount"] = "1",
        };
    }
}
