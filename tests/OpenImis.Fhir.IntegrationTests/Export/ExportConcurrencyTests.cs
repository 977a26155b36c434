using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Security;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-14: one export at a time per OAuth client (the default), three at a time in all (configured here); one more
/// answers 429 with Retry-After and an OperationOutcome, and a cancelled export frees its slot at once. With auth on,
/// the manifest says files need the token (EX-17, the part that is export's).
/// </summary>
public sealed class ExportConcurrencyTests(ExportConcurrencyTests.Fixture server) : IClassFixture<ExportConcurrencyTests.Fixture>
{
    private const string Everything = "$export";

    private static readonly string[] ThreeClients = ["warehouse", "registry", "analytics"];

    [Fact]
    public async System.Threading.Tasks.Task KickOff_Answers429WithRetryAfter_WhenTheClientHasAnExportRunning_EX14()
    {
        var client = server.Bulk("first-client", out var http);
        using var owned = http;
        var running = await client.KickOffAsync(Everything);
        try
        {
            using var refused = await client.SendKickOffAsync("$export?_type=Patient");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
            var outcome = await FhirHttp.OutcomeAsync(refused);
            Assert.Equal(OperationOutcome.IssueType.Throttled, outcome.Issue[0].Code);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Accepted, await client.CancelAsync(running));
        }

        // The slot is free as soon as the DELETE answered (Inferno kicks off back to back).
        var next = await client.KickOffAsync("$export?_type=Patient");
        Assert.Equal(HttpStatusCode.Accepted, await client.CancelAsync(next));
    }

    [Fact]
    public async System.Threading.Tasks.Task ConcurrentExports_OfThreeClients_AllCompleteWithEveryRow_EX14()
    {
        var clients = ThreeClients.Select(id => (Id: id, Client: server.Bulk(id, out var http), Http: http)).ToList();
        try
        {
            var statuses = await System.Threading.Tasks.Task.WhenAll(clients.Select(c => c.Client.KickOffAsync("$export?_type=Patient,Group")));
            var manifests = await System.Threading.Tasks.Task.WhenAll(clients.Select((c, i) => c.Client.WaitAsync(statuses[i])));
            var patients = await Sql.CountAsync(server.ConnectionString, """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL""");
            var groups = await Sql.CountAsync(server.ConnectionString, """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL""");
            List<string>? first = null;
            for (var i = 0; i < clients.Count; i++)
            {
                Assert.True(manifests[i].Json.GetProperty("requiresAccessToken").GetBoolean(), "auth is on: the files need the token");
                var resources = await clients[i].Client.DownloadAsync(manifests[i]);
                Assert.Equal(patients, resources.OfType<Patient>().Select(p => p.Id).Distinct().Count());
                Assert.Equal(groups, resources.OfType<Group>().Select(g => g.Id).Distinct().Count());
                Assert.Equal(patients + groups, resources.Count);
                var keys = resources.Select(r => $"{r.TypeName}/{r.Id}/{r.Meta.VersionId}").Order(StringComparer.Ordinal).ToList();
                first ??= keys;
                Assert.Equal(first, keys);
            }
        }
        finally
        {
            clients.ForEach(c => c.Http.Dispose());
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_Answers429_WhenTheServerRunsItsLimitOfExports_EX14()
    {
        var clients = Enumerable.Range(0, 4).Select(i => (Client: server.Bulk("busy-" + i, out var http), Http: http)).ToList();
        var running = new List<(BulkClient Client, Uri Status)>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                running.Add((clients[i].Client, await clients[i].Client.KickOffAsync(Everything)));
            }

            using var refused = await clients[3].Client.SendKickOffAsync(Everything);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            await FhirHttp.OutcomeAsync(refused);
        }
        finally
        {
            foreach (var (client, status) in running)
            {
                Assert.Equal(HttpStatusCode.Accepted, await client.CancelAsync(status));
            }

            clients.ForEach(c => c.Http.Dispose());
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOffStatusAndFiles_Answer401_WithoutAToken_EX17()
    {
        var client = server.Bulk("careful-client", out var http);
        using var owned = http;
        var status = await client.KickOffAsync("$export?_type=Group");
        var manifest = await client.WaitAsync(status);
        Assert.True(manifest.Json.GetProperty("requiresAccessToken").GetBoolean());

        // Inferno 2.x.1.02 and 2.x.2.02 with a token configured: no token, no kick-off, no status, no file.
        using var anonymous = server.CreateClient();
        using var kickOff = await new BulkClient(anonymous).SendKickOffAsync("$export");
        using var poll = await anonymous.GetAsync(status);
        using var file = await anonymous.GetAsync(manifest.Files("output")[0].Url);
        Assert.All(new[] { kickOff, poll, file }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.Accepted, await client.CancelAsync(status));
    }

    /// <summary>Auth on (the fake OIDC provider), the default of one export per client, three in all.</summary>
    public sealed class Fixture : ExportServerFixture
    {
        public FakeIdentityProvider Provider { get; } = new();

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(Provider.ServerSettings())
        {
            ["RateLimit:Enabled"] = "false",
            ["Jobs:MaxConcurrentExports"] = "3",
        };

        /// <summary>A bulk client with a token of OAuth client <paramref name="clientId"/>.</summary>
        internal BulkClient Bulk(string clientId, out HttpClient http)
        {
            http = CreateClient();
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Provider.Token(clientId: clientId));
            return new BulkClient(http);
        }
    }
}
