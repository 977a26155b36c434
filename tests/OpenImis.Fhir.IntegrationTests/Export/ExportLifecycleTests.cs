using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>Incremental exports, in-flight transactions, status, cancel, deletions and retention (EX-07, 08, 11, 12, 21, 24).</summary>
public sealed class ExportLifecycleTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    private static string Since(DateTimeOffset time) => Uri.EscapeDataString(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));

    [Fact]
    public async System.Threading.Tasks.Task TwoExports_HoldEveryStateExactlyOnce_WhenTheSecondIsSinceTheFirst_EX07()
    {
        var a = await Client.ExportAsync("$export?_type=Patient");
        var inA = Keys(await Client.DownloadAsync(a));
        var changed = await InsureeAsync(1);
        await Sql.ExecuteAsync(server.ConnectionString, $"""UPDATE "tblInsuree" SET "ValidityFrom" = now(), "OtherNames" = 'Changed' WHERE lower("InsureeUUID") = '{changed}'""");

        var b = await Client.ExportAsync($"$export?_type=Patient&_since={Since(a.TransactionTime)}");
        var inB = Keys(await Client.DownloadAsync(b));
        Assert.Equal([changed], inB.Select(k => k.Split('/')[0]));
        Assert.Empty(inA.Intersect(inB));
        var live = await Sql.CountAsync(server.ConnectionString, """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL""");
        Assert.Equal(live, inA.Select(k => k.Split('/')[0]).Union(inB.Select(k => k.Split('/')[0])).Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task LongTransaction_IsInTheNextSinceExport_WhenItCommitsAfterTheFirst_EX08()
    {
        var changed = await InsureeAsync(2);
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var update = new NpgsqlCommand($"""UPDATE "tblInsuree" SET "ValidityFrom" = now(), "OtherNames" = 'Slow' WHERE lower("InsureeUUID") = '{changed}'""", connection, transaction))
        {
            await update.ExecuteNonQueryAsync();
        }

        var a = await Client.ExportAsync("$export?_type=Patient");
        var inA = await Client.DownloadAsync(a);
        await transaction.CommitAsync();

        var b = await Client.DownloadAsync(await Client.ExportAsync($"$export?_type=Patient&_since={Since(a.TransactionTime)}"));
        var committed = inA.Concat(b).OfType<Patient>().Where(p => p.Id == changed && p.Name.Any(n => n.Given.Contains("Slow"))).ToList();
        Assert.Single(committed);
        Assert.Contains(committed[0], b);
    }

    [Fact]
    public async System.Threading.Tasks.Task Cancel_Answers202ThenStatusIs404_EX11()
    {
        var status = await Client.KickOffAsync("$export");
        Assert.Equal(HttpStatusCode.Accepted, await Client.CancelAsync(status));
        using var response = await _http.GetAsync(status);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Cancel_RemovesTheFiles_WhenTheExportIsComplete_EX11()
    {
        var status = await Client.KickOffAsync("$export?_type=Group");
        var manifest = await Client.WaitAsync(status);
        Assert.Equal(HttpStatusCode.Accepted, await Client.CancelAsync(status));
        using var response = await _http.GetAsync(manifest.Files("output")[0].Url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Status_AnswersProgressThenACompleteManifest_EX12()
    {
        var status = await Client.KickOffAsync("$export");
        while (true)
        {
            using var response = await _http.GetAsync(status);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Content.Headers.Expires);
                using var manifest = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                foreach (var key in new[] { "transactionTime", "request", "requiresAccessToken", "output", "error" })
                {
                    Assert.True(manifest.RootElement.TryGetProperty(key, out _), key);
                }

                Assert.All(manifest.RootElement.GetProperty("output").EnumerateArray(), f => Assert.True(Uri.IsWellFormedUriString(f.GetProperty("url").GetString(), UriKind.Absolute)));
                return;
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.True(response.Headers.GetValues("X-Progress").Single().Length < 100);
            Assert.True(response.Headers.RetryAfter?.Delta is { } delay && delay >= TimeSpan.FromSeconds(1));
            await System.Threading.Tasks.Task.Delay(response.Headers.RetryAfter!.Delta!.Value);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task SinceExport_ListsDeletionsAsDeleteBundlesAndNotInOutput_EX21()
    {
        var before = DateTimeOffset.Parse(
            (await Sql.StringsAsync(server.ConnectionString, """SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""))[0], CultureInfo.InvariantCulture);
        var deleted = await InsureeAsync(3);
        await Sql.ExecuteAsync(server.ConnectionString, $"""UPDATE "tblInsuree" SET "ValidityFrom" = now(), "ValidityTo" = now() WHERE lower("InsureeUUID") = '{deleted}'""");

        var manifest = await Client.ExportAsync($"$export?_type=Patient&_since={Since(before.AddMilliseconds(-1))}");
        var bundles = (await Client.DownloadAsync(manifest, "deleted")).Cast<Bundle>().ToList();
        Assert.Contains(bundles, b => b.Type == Bundle.BundleType.Transaction
            && b.Entry.Single().Request is { Method: Bundle.HTTPVerb.DELETE } r && r.Url == "Patient/" + deleted);
        Assert.DoesNotContain(await Client.DownloadAsync(manifest), r => r.Id == deleted);
    }

    [Fact]
    public async System.Threading.Tasks.Task Retention_ExpiredExportAnswers404_EX24()
    {
        var status = await Client.KickOffAsync("$export?_type=Group");
        var manifest = await Client.WaitAsync(status);
        Assert.True(manifest.Expires > DateTimeOffset.UtcNow);
        var id = status.Segments[^1];
        await Sql.ExecuteAsync(server.ConnectionString, $"UPDATE fhir.export_job SET expires_at = now() - interval '1 second' WHERE id = '{id}'");
        using var statusResponse = await _http.GetAsync(status);
        Assert.Equal(HttpStatusCode.NotFound, statusResponse.StatusCode);
        using var fileResponse = await _http.GetAsync(manifest.Files("output")[0].Url);
        Assert.Equal(HttpStatusCode.NotFound, fileResponse.StatusCode);
    }

    // A member who is not the head of a family, different per test so that the tests do not meet.
    private async Task<string> InsureeAsync(int nth) =>
        (await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower("InsureeUUID") FROM "tblInsuree" WHERE "ValidityTo" IS NULL AND NOT "IsHead" ORDER BY "InsureeID" OFFSET {nth} LIMIT 1
            """))[0];

    private static List<string> Keys(IEnumerable<Resource> resources) => resources.Select(r => $"{r.Id}/{r.Meta.VersionId}").ToList();
}
