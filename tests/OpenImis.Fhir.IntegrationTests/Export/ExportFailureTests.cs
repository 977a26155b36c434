using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-23: a row the mapper cannot map is one OperationOutcome in the manifest's <c>error</c> file and the export
/// completes with every other row; a failure of the whole type (its table gone) ends the export with a 500 and an
/// OperationOutcome, never a 202 forever.
/// </summary>
public sealed class ExportFailureTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    [Fact]
    public async System.Threading.Tasks.Task Export_CompletesWithTheRowInError_WhenOneRowCannotBeMapped_EX23()
    {
        // Feedback answers detached from their claim (ClaimID emptied by hand): a Communication needs the claim's
        // patient and UUID, so the mapper fails on exactly this row.
        // Two more answered claims beside the demo's, so that the rows around the broken one are there to export.
        await Sql.ExecuteAsync(server.ConnectionString, """
            INSERT INTO "tblFeedback" ("FeedbackUUID", "ClaimID", "CareRendered", "PaymentAsked", "DrugPrescribed", "DrugReceived", "Asessment", "FeedbackDate", "ValidityFrom", "AuditUserID")
            SELECT gen_random_uuid(), c."ClaimID", true, false, true, true, 4, now(), now(), -1 FROM "tblClaim" c
            WHERE c."ValidityTo" IS NULL AND NOT EXISTS (SELECT 1 FROM "tblFeedback" f WHERE f."ClaimID" = c."ClaimID")
            ORDER BY c."ClaimID" LIMIT 2
            """);
        var broken = (await Sql.StringsAsync(server.ConnectionString,
            """SELECT lower("FeedbackUUID") FROM "tblFeedback" WHERE "ValidityTo" IS NULL ORDER BY "FeedbackID" LIMIT 1"""))[0];
        var live = await Sql.CountAsync(server.ConnectionString, """SELECT count(*) FROM "tblFeedback" WHERE "ValidityTo" IS NULL""");
        Assert.True(live >= 3, $"{live} feedback rows");
        await Sql.ExecuteAsync(server.ConnectionString, $"""UPDATE "tblFeedback" SET "ClaimID" = NULL WHERE lower("FeedbackUUID") = '{broken}'""");

        var manifest = await Client.ExportAsync("$export?_type=Communication,Patient");
        var exported = await Client.DownloadAsync(manifest);
        var communications = exported.OfType<Communication>().Select(c => c.Id).ToList();
        Assert.Equal(live - 1, communications.Count);
        Assert.DoesNotContain(broken, communications);
        Assert.Equal(live - 1, manifest.Files("output").Where(f => f.Type == "Communication").Sum(f => f.Count));
        Assert.Equal(
            await Sql.CountAsync(server.ConnectionString, """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL"""),
            exported.OfType<Patient>().Count());

        var errors = (await Client.DownloadAsync(manifest, "error")).Cast<OperationOutcome>().ToList();
        var issue = Assert.Single(Assert.Single(errors).Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Contains("Communication/" + broken, issue.Diagnostics, StringComparison.Ordinal);
        Assert.Equal(1, manifest.Files("error").Sum(f => f.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Status_Answers500WithOutcome_WhenTheTypesTableCannotBeRead_EX23()
    {
        await Sql.ExecuteAsync(server.ConnectionString, """ALTER TABLE "tblFeedback" RENAME TO "tblFeedbackAway" """);
        try
        {
            var status = await Client.KickOffAsync("$export?_type=Communication");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                using var response = await Client.PollAsync(status);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                    var outcome = await FhirHttp.OutcomeAsync(response);
                    Assert.Contains("export failed", outcome.Issue[0].Diagnostics ?? outcome.Issue[0].Details?.Text, StringComparison.Ordinal);
                    return;
                }

                Assert.True(DateTime.UtcNow < deadline, "still 202 a minute after a failure");
                await System.Threading.Tasks.Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
            }
        }
        finally
        {
            await Sql.ExecuteAsync(server.ConnectionString, """ALTER TABLE "tblFeedbackAway" RENAME TO "tblFeedback" """);
        }
    }
}
