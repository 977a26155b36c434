using System.Diagnostics;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-10: PostgreSQL (a cluster of the test's own) stopped and started again while an export runs in a server
/// process. While it is down the status URL answers 503 (transient), never 500; once it is back the export
/// completes, every row once, well within five minutes.
/// </summary>
public sealed class ExportDatabaseRestartTests(ITestOutputHelper output)
{
    // The port of this test's own cluster.
    private const int Port = 56360;

    // It used to stall in about half the runs: a step whose very first read met the restart failed its Hangfire job
    // outside the retry, and the export stayed at 202 (README decisions, database restart during an export).
    [Fact]
    public async System.Threading.Tasks.Task Export_CompletesAndStatusAnswers503WhileDown_WhenPostgreSqlRestartsMidway_EX10()
    {
        await using var cluster = await PostgresCluster.StartAsync(Port);
        var database = await cluster.CreateDatabaseAsync("export_restart");
        var folder = Path.Combine(Path.GetTempPath(), "openimis-export-restart", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = database,
            ["Jobs:WorkerCount"] = "1",
            ["Jobs:LeaseSeconds"] = "10",
            ["Jobs:ResourcesPerFile"] = "1",
            ["Jobs:RetryAfterSeconds"] = "1",

            // The watchdog's clock shortened, as a second line of defence: a step without progress is run again.
            ["Jobs:StallTimeoutSeconds"] = "10",
            ["Jobs:StallRestarts"] = "10",

            // The test polls every 20 ms to stop the export half-way, far beyond what a client may (EX-13).
            ["Jobs:MaxStatusPollsPerMinute"] = "100000",
            ["Jobs:ExportDirectory"] = folder,
            ["Fhir:Validation:WarmUp"] = "false",
            ["Subscriptions:DetectorEnabled"] = "false",
        };
        try
        {
            await using var server = await ChildServer.StartAsync(settings);
            using var http = server.CreateClient();
            var bulk = new BulkClient(http);
            var status = await bulk.KickOffAsync("$export?_type=Patient,Group");
            var progress = await UntilPartlyDoneAsync(http, status);
            output.WriteLine($"stopping PostgreSQL at {progress}");

            await cluster.StopServerAsync();
            var whileDown = new List<HttpStatusCode>();
            for (var i = 0; i < 10; i++)
            {
                using var response = await bulk.PollAsync(status);
                whileDown.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    var outcome = await FhirHttp.OutcomeAsync(response);
                    Assert.Equal(OperationOutcome.IssueType.Transient, outcome.Issue[0].Code);
                    Assert.NotNull(response.Headers.RetryAfter);
                }

                await System.Threading.Tasks.Task.Delay(500);
            }

            Assert.All(whileDown, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
            await cluster.StartServerAsync();
            var back = Stopwatch.StartNew();

            Manifest manifest;
            try
            {
                manifest = await CompletionAsync(bulk, status, TimeSpan.FromMinutes(5));
            }
            catch
            {
                output.WriteLine(server.Log);
                throw;
            }

            output.WriteLine($"completed {back.Elapsed.TotalSeconds:F1} s after PostgreSQL was back");
            output.WriteLine(string.Join('\n', server.Log.Split('\n').Where(l => l.Contains("Export ", StringComparison.Ordinal) || l.Contains("watchdog", StringComparison.Ordinal)).Take(40)));

            var resources = await bulk.DownloadAsync(manifest);
            var patients = resources.OfType<Patient>().Select(p => p.Id).ToList();
            var groups = resources.OfType<Group>().Select(g => g.Id).ToList();
            Assert.Equal(await Sql.CountAsync(database, """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL"""), patients.Count);
            Assert.Equal(await Sql.CountAsync(database, """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL"""), groups.Count);
            Assert.Equal(patients.Count, patients.Distinct().Count());
            Assert.Equal(groups.Count, groups.Distinct().Count());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // Polls as the Retry-After says; a 503 right after the restart (a pooled connection that died) is polled again.
    private static async Task<Manifest> CompletionAsync(BulkClient bulk, Uri status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await bulk.PollAsync(status);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await bulk.WaitAsync(status);
            }

            Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable,
                $"status {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.True(DateTime.UtcNow < deadline, "still not complete five minutes after PostgreSQL came back");
            await System.Threading.Tasks.Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    // Until some but not all files are written: the restart lands in the middle of the chunk jobs.
    private static async Task<string> UntilPartlyDoneAsync(HttpClient http, Uri status)
    {
        for (var i = 0; i < 600; i++)
        {
            using var response = await http.GetAsync(status);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var progress = response.Headers.GetValues("X-Progress").Single();
            var words = progress.Split(' ');
            if (words.Length > 2 && int.Parse(words[0], System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return progress;
            }

            await System.Threading.Tasks.Task.Delay(20);
        }

        Assert.Fail("The export never got under way.");
        return string.Empty;
    }
}
