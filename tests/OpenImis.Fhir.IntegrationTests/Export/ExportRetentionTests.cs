using System.Net;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-24 and EX-11, on disk: the cleanup (every second here) removes an expired export's files and rows, a cancelled
/// export's partial files, and temporary files and folders nobody owns.
/// </summary>
public sealed class ExportRetentionTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    [Fact]
    public async System.Threading.Tasks.Task Cleanup_RemovesFilesAndRows_WhenTheExportExpired_EX24()
    {
        var status = await Client.KickOffAsync("$export?_type=Group");
        var manifest = await Client.WaitAsync(status);
        var id = status.Segments[^1];
        var folder = Path.Combine(server.ExportDirectory, id);
        Assert.NotEmpty(Directory.GetFiles(folder, "*.ndjson"));

        await Sql.ExecuteAsync(server.ConnectionString, $"UPDATE fhir.export_job SET expires_at = now() - interval '1 second' WHERE id = '{id}'");
        await UntilAsync(async () => !Directory.Exists(folder)
            && await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) FROM fhir.export_job WHERE id = '{id}'") == 0
            && await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) FROM fhir.export_chunk WHERE export_id = '{id}'") == 0);

        using var file = await _http.GetAsync(manifest.Files("output")[0].Url);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        await FhirHttp.OutcomeAsync(file);
    }

    [Fact]
    public async System.Threading.Tasks.Task Cleanup_RemovesPartialFiles_WhenTheExportWasCancelled_EX11()
    {
        var status = await Client.KickOffAsync("$export");
        var id = status.Segments[^1];
        var folder = Path.Combine(server.ExportDirectory, id);
        await UntilAsync(() => System.Threading.Tasks.Task.FromResult(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any()));
        Assert.Equal(HttpStatusCode.Accepted, await Client.CancelAsync(status));

        // Chunks still running when the DELETE came stop at their next check and remove what they wrote.
        await UntilAsync(async () => !Directory.Exists(folder)
            && await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) FROM fhir.export_job WHERE id = '{id}'") == 0);
        await System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(Directory.Exists(folder), "a chunk wrote after the cancellation was cleaned up");
    }

    [Fact]
    public async System.Threading.Tasks.Task Cleanup_RemovesAbandonedTemporaryFilesAndFolders()
    {
        var status = await Client.KickOffAsync("$export?_type=Group");
        await Client.WaitAsync(status);
        var folder = Path.Combine(server.ExportDirectory, status.Segments[^1]);
        var abandoned = Path.Combine(folder, $"0.ndjson.{Guid.NewGuid():N}.part");
        var fresh = Path.Combine(folder, $"1.ndjson.{Guid.NewGuid():N}.part");
        var orphan = Path.Combine(server.ExportDirectory, Guid.NewGuid().ToString("N"));
        var foreign = Path.Combine(server.ExportDirectory, "not-an-export");
        await File.WriteAllTextAsync(abandoned, "{}");
        await File.WriteAllTextAsync(fresh, "{}");
        Directory.CreateDirectory(orphan);
        Directory.CreateDirectory(foreign);
        var longAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(abandoned, longAgo);
        Directory.SetLastWriteTimeUtc(orphan, longAgo);
        Directory.SetLastWriteTimeUtc(foreign, longAgo);

        await UntilAsync(() => System.Threading.Tasks.Task.FromResult(!File.Exists(abandoned) && !Directory.Exists(orphan)));
        Assert.True(File.Exists(fresh), "a temporary file being written was removed");
        Assert.True(Directory.Exists(foreign), "a folder that is no export's was removed");
        Assert.NotEmpty(Directory.GetFiles(folder, "*.ndjson"));
    }

    private static async System.Threading.Tasks.Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not within 30 s");
            await System.Threading.Tasks.Task.Delay(200);
        }
    }
}
