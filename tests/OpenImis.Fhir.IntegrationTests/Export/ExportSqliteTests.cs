using System.Net;
using Hl7.Fhir.Model;
using Microsoft.Data.Sqlite;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// The embedded default (SQLite, Hangfire in memory), as the README's first command runs it: the per-client limit
/// holds there too (its lock and sets are Hangfire's in-memory ones), and an export completes with every row.
/// </summary>
public sealed class ExportSqliteTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
{
    private readonly HttpClient _http = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Export_CompletesWithEveryRowAndRefusesASecond_WhenOnTheEmbeddedDatabase()
    {
        var bulk = new BulkClient(_http);
        var status = await bulk.KickOffAsync("$export?_type=Patient,Group");
        using (var second = await bulk.SendKickOffAsync("$export?_type=Patient"))
        {
            // The first still running after the second was answered was running when it came: the second was refused.
            using var first = await bulk.PollAsync(status);
            if (first.StatusCode == HttpStatusCode.Accepted)
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            }

            if (second.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(second.Headers.RetryAfter);
                await FhirHttp.OutcomeAsync(second);
            }
            else if (second.Content.Headers.ContentLocation is { } other)
            {
                await bulk.CancelAsync(other);
            }
        }

        var manifest = await bulk.WaitAsync(status);
        var resources = await bulk.DownloadAsync(manifest);
        Assert.Equal(await CountAsync("""SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL"""), resources.OfType<Patient>().Count());
        Assert.Equal(await CountAsync("""SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL"""), resources.OfType<Group>().Count());
        Assert.False(manifest.Json.GetProperty("requiresAccessToken").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, await bulk.CancelAsync(status));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(server.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
