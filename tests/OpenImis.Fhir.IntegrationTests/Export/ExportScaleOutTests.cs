using System.Text.Json;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// Scale-out: two server processes over one PostgreSQL database and one Hangfire storage, one serving the API with
/// workers and one that nobody calls (a worker only). Both run chunk jobs of one export, as Hangfire's own state
/// records, and the export holds exactly what one process exports alone.
/// </summary>
public sealed class ExportScaleOutTests(ITestOutputHelper output)
{
    [Fact]
    public async System.Threading.Tasks.Task Export_IsSharedByTwoProcessesAndEqualsAOneProcessExport()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var folder = Path.Combine(Path.GetTempPath(), "openimis-export-scale", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = database,
            ["Jobs:WorkerCount"] = "2",
            ["Jobs:ResourcesPerFile"] = "1",
            ["Jobs:RetryAfterSeconds"] = "1",
            ["Jobs:MaxExportsPerClient"] = "2",

            // Both processes' export watchdogs pass every 2.5 s and contend for their lock while the export runs.
            ["Jobs:StallTimeoutSeconds"] = "10",
            ["Jobs:StallRestarts"] = "100",
            ["Jobs:ExportDirectory"] = folder,
            ["Fhir:Validation:WarmUp"] = "false",
            ["Subscriptions:DetectorEnabled"] = "false",
        };
        try
        {
            // The first creates and seeds the database; the worker starts on it once it is there.
            await using var api = await ChildServer.StartAsync(settings);
            var worker = await ChildServer.StartAsync(settings);
            using var http = api.CreateClient();
            var bulk = new BulkClient(http);

            var status = await bulk.KickOffAsync("$export?_type=Patient,Group");
            var shared = await bulk.DownloadAsync(await bulk.WaitAsync(status));
            var byProcess = await ChunkRunnersAsync(database, Guid.ParseExact(status.Segments[^1], "N"));
            output.WriteLine(string.Join(", ", byProcess.Select(p => $"process {p.Key}: {p.Value} chunk(s)")));
            Assert.True(byProcess.GetValueOrDefault(api.ProcessId) > 0, "the API process ran no chunk");
            Assert.True(byProcess.GetValueOrDefault(worker.ProcessId) > 0, "the worker process ran no chunk");
            Assert.Equal(2, byProcess.Count);

            await worker.DisposeAsync();
            var alone = await bulk.DownloadAsync(await bulk.ExportAsync("$export?_type=Patient,Group"));
            Assert.Equal(Keys(alone), Keys(shared));
            Assert.Equal(await Sql.CountAsync(database, """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL"""), shared.OfType<Patient>().Count());
            Assert.Equal(await Sql.CountAsync(database, """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL"""), shared.OfType<Group>().Count());
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

    private static List<string> Keys(IEnumerable<Resource> resources) =>
        resources.Select(r => $"{r.TypeName}/{r.Id}/{r.Meta.VersionId}").Order(StringComparer.Ordinal).ToList();

    // Hangfire records the server that ran each job in its Processing state: "<host>:<process id>:<guid>".
    private static async Task<Dictionary<int, int>> ChunkRunnersAsync(string database, Guid exportId)
    {
        var states = await Sql.StringsAsync(database, $"""
            SELECT s.data::text FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%RunChunkAsync%' AND j.arguments::text LIKE '%{exportId:D}%'
            """);
        Assert.NotEmpty(states);
        return states
            .Select(data => JsonDocument.Parse(data).RootElement.GetProperty("ServerId").GetString()!.Split(':'))
            .GroupBy(parts => int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
