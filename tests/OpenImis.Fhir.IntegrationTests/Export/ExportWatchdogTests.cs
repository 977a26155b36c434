using System.Net;
using Hl7.Fhir.Model;
using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// The export watchdog (EX-10's second half): a step that hangs (here on a table the test locks, so that its read
/// waits without end) is cancelled and run again once it makes no progress for <c>Jobs:StallTimeoutSeconds</c>, and an
/// export that still makes none after <c>Jobs:StallRestarts</c> restarts ends as failed with a 500 OperationOutcome.
/// Nothing is timed: each test waits for what the server logs or answers, with a generous deadline.
/// </summary>
public sealed class ExportWatchdogTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async System.Threading.Tasks.Task Export_CompletesWithEveryRowOnce_WhenAHungStepIsCancelledAndRunAgain()
    {
        await WithServerAsync(restarts: 1000, async (server, database) =>
        {
            using var http = server.CreateClient();
            var bulk = new BulkClient(http);
            Uri status;
            await using (await LockFamiliesAsync(database))
            {
                status = await bulk.KickOffAsync("$export?_type=Group");
                await UntilLoggedAsync(server, "cancelling the attempt");
                await UntilLoggedAsync(server, "enqueued again");
            }

            var manifest = await bulk.WaitAsync(status, Deadline);
            var groups = (await bulk.DownloadAsync(manifest)).OfType<Group>().Select(g => g.Id).ToList();
            Assert.Equal(await Sql.CountAsync(database, """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL"""), groups.Count);
            Assert.Equal(groups.Count, groups.Distinct().Count());
        });
    }

    [Fact]
    public async System.Threading.Tasks.Task Status_Answers500WithAnOperationOutcome_WhenTheExportMakesNoProgressPastItsRestarts()
    {
        await WithServerAsync(restarts: 1, async (server, database) =>
        {
            using var http = server.CreateClient();
            var bulk = new BulkClient(http);
            await using var locked = await LockFamiliesAsync(database);
            var status = await bulk.KickOffAsync("$export?_type=Group");

            var deadline = DateTime.UtcNow + Deadline;
            while (true)
            {
                using var response = await bulk.PollAsync(status);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                    var outcome = await FhirHttp.OutcomeAsync(response);
                    Assert.Equal(OperationOutcome.IssueSeverity.Error, outcome.Issue[0].Severity);
                    Assert.Contains("without progress", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, "the export stayed at 202 although no step could progress\n" + server.Log);
                await System.Threading.Tasks.Task.Delay(500);
            }

            Assert.Contains("cancelling the attempt", server.Log, StringComparison.Ordinal);
        });
    }

    // A child server over a database of its own, one worker, a short watchdog clock.
    private async System.Threading.Tasks.Task WithServerAsync(int restarts, Func<ChildServer, string, System.Threading.Tasks.Task> test)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var folder = Path.Combine(Path.GetTempPath(), "openimis-export-watchdog", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = database,
            ["Jobs:WorkerCount"] = "1",
            ["Jobs:LeaseSeconds"] = "10",
            ["Jobs:ResourcesPerFile"] = "5",
            ["Jobs:RetryAfterSeconds"] = "1",
            ["Jobs:StallTimeoutSeconds"] = "2",
            ["Jobs:StallRestarts"] = restarts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:ExportDirectory"] = folder,
            ["Fhir:Validation:WarmUp"] = "false",
            ["Subscriptions:DetectorEnabled"] = "false",
        };
        try
        {
            await using var server = await ChildServer.StartAsync(settings);
            try
            {
                await test(server, database);
            }
            catch
            {
                output.WriteLine(server.Log);
                throw;
            }

            output.WriteLine(string.Join('\n', server.Log.Split('\n').Where(l => l.Contains("Export ", StringComparison.Ordinal)).Take(20)));
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

    // An open transaction holding tblFamilies exclusively: every read of families (planning, a Group chunk) waits on
    // it until the transaction ends, as a read stuck on a dead socket would, but without a timeout of its own.
    private static async Task<NpgsqlConnection> LockFamiliesAsync(string database)
    {
        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""BEGIN; LOCK TABLE "tblFamilies" IN ACCESS EXCLUSIVE MODE""", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async System.Threading.Tasks.Task UntilLoggedAsync(ChildServer server, string text)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!server.Log.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the server never logged \"{text}\"\n{server.Log}");
            await System.Threading.Tasks.Task.Delay(200);
        }
    }
}
