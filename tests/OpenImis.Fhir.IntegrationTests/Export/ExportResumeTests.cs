using System.Diagnostics;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-09: a server process killed with SIGKILL in the middle of an export; a new process over the same database and
/// export folder finishes it at the same status URL, with every row exactly once.
/// </summary>
public sealed class ExportResumeTests(ITestOutputHelper output)
{
    private const int LeaseSeconds = 10;

    [Fact]
    public async System.Threading.Tasks.Task Export_CompletesWithEveryRowOnce_WhenTheServerIsKilledMidwayAndRestarted_EX09()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var folder = Path.Combine(Path.GetTempPath(), "openimis-export-resume", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = database,
            ["Jobs:WorkerCount"] = "1",
            ["Jobs:LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:ResourcesPerFile"] = "3",
            ["Jobs:RetryAfterSeconds"] = "1",

            // The test polls every 20 ms to stop the export half-way, far beyond what a client may (EX-13).
            ["Jobs:MaxStatusPollsPerMinute"] = "100000",
            ["Jobs:ExportDirectory"] = folder,
            ["Fhir:Validation:WarmUp"] = "false",
        };
        try
        {
            Uri status;
            await using (var first = await ChildServer.StartAsync(settings))
            {
                using var http = first.CreateClient();
                status = await new BulkClient(http).KickOffAsync("$export?_type=Patient,Group");
                await UntilPartlyDoneAsync(http, status);
                await first.KillAsync();
            }

            var clock = Stopwatch.StartNew();
            await using var second = await ChildServer.StartAsync(settings);
            using var client = second.CreateClient();
            var bulk = new BulkClient(client);
            Manifest manifest;
            try
            {
                manifest = await bulk.WaitAsync(new Uri(second.BaseUrl, status.PathAndQuery), TimeSpan.FromMinutes(3));
            }
            catch
            {
                output.WriteLine(second.Log);
                throw;
            }

            output.WriteLine($"resumed and completed {clock.Elapsed.TotalSeconds:F1} s after the restart began");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");

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
            await TestPostgres.DropDatabaseAsync(database);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // Polls fast until some but not all files are written: the kill lands in the middle of the chunk jobs.
    private static async System.Threading.Tasks.Task UntilPartlyDoneAsync(HttpClient http, Uri status)
    {
        for (var i = 0; i < 600; i++)
        {
            using var response = await http.GetAsync(status);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var progress = response.Headers.GetValues("X-Progress").Single().Split(' ');
            if (progress.Length > 2 && int.Parse(progress[0], System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }

            await System.Threading.Tasks.Task.Delay(20);
        }

        Assert.Fail("The export never got under way.");
    }
}
