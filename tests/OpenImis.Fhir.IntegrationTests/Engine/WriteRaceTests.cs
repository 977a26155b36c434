using System.Collections.Concurrent;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>
/// Concurrent clients writing one resource, or creating what must exist once. Run on both providers: PostgreSQL and
/// the embedded SQLite default must give the same guarantees.
/// </summary>
public abstract class WriteRaceTests(FhirServerFactory factory)
{
    private const int Clients = 20;
    private const int WritesPerClient = 3;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsEveryAcknowledgedVersion_WhenClientsRaceWithIfMatch()
    {
        var id = await CreateAsync();
        var acknowledged = new ConcurrentBag<(string VersionId, string Marker)>();
        await RaceClient.AllAtOnceAsync(Clients, async client =>
        {
            for (var write = 0; write < WritesPerClient; write++)
            {
                var marker = $"c{client}w{write}";
                while (true)
                {
                    var (patient, etag) = await RaceClient.ReadAsync(_client, id);
                    var response = await RaceClient.PutAsync(_client, RaceClient.Marked(patient, marker), etag);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(((await FhirHttp.ReadAsync<Patient>(response)).Meta!.VersionId!, marker));
                        break;
                    }

                    Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
                }
            }

            return true;
        });

        await AssertVersionsAreExactlyAsync(id, acknowledged);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_MakesEachWriteItsOwnVersion_WhenClientsRaceWithoutIfMatch()
    {
        var id = await CreateAsync();
        var (template, _) = await RaceClient.ReadAsync(_client, id);
        var acknowledged = new ConcurrentBag<(string VersionId, string Marker)>();
        var statuses = await RaceClient.AllAtOnceAsync(Clients * WritesPerClient, async write =>
        {
            var patient = RaceClient.Marked((Patient)template.DeepCopy(), $"w{write}");
            var response = await RaceClient.PutAsync(_client, patient, null);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add(((await FhirHttp.ReadAsync<Patient>(response)).Meta!.VersionId!, $"w{write}"));
            }

            return response.StatusCode;
        });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await AssertVersionsAreExactlyAsync(id, acknowledged);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_CreatesOnce_WhenClientsRaceWithTheSameIfNoneExist()
    {
        var chfId = Fixtures.NewChfId();
        var statuses = await RaceClient.AllAtOnceAsync(10, async _ =>
        {
            var patient = Fixtures.Patient("IfNoneExistRace");
            patient.Identifier[0].Value = chfId;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Patient") { Content = FhirHttp.Body(patient) };
            request.Headers.Add("If-None-Exist", $"identifier={chfId}");
            return (await _client.SendAsync(request)).StatusCode;
        });

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(1, await CountLiveAsync(chfId));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_KeepsChfIdUnique_WhenClientsRaceWithTheSameChfId()
    {
        var chfId = Fixtures.NewChfId();
        var statuses = await RaceClient.AllAtOnceAsync(10, async _ =>
        {
            var patient = Fixtures.Patient("ChfIdRace");
            patient.Identifier[0].Value = chfId;
            return (await _client.PostAsync("/fhir/Patient", FhirHttp.Body(patient))).StatusCode;
        });

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(1, await CountLiveAsync(chfId));
    }

    private async Task<string> CreateAsync()
    {
        var response = await _client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Race")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await FhirHttp.ReadAsync<Patient>(response)).Id;
    }

    private async Task<int> CountLiveAsync(string chfId)
    {
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/Patient?identifier={chfId}&_total=accurate"));
        return bundle.Total!.Value;
    }

    // The acknowledged writes are exactly the versions after the first: none lost, none invented, each readable with
    // the content its writer sent, and no version id twice.
    private async System.Threading.Tasks.Task AssertVersionsAreExactlyAsync(string id, IReadOnlyCollection<(string VersionId, string Marker)> acknowledged)
    {
        var history = await RaceClient.HistoryAsync(_client, id);
        var versionIds = history.Select(e => e.Resource!.Meta!.VersionId!).ToList();
        Assert.Equal(versionIds.Count, versionIds.Distinct().Count());
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.VersionId).Distinct().Count());
        Assert.Equal(acknowledged.Select(a => a.VersionId).Order(), versionIds.Take(versionIds.Count - 1).Order());

        var byVersion = history.ToDictionary(e => e.Resource!.Meta!.VersionId!, e => RaceClient.MarkerOf((Patient)e.Resource!));
        Assert.All(acknowledged, a => Assert.Equal(a.Marker, byVersion[a.VersionId]));
        foreach (var (versionId, marker) in acknowledged.Take(10))
        {
            var version = await FhirHttp.ReadAsync<Patient>(await _client.GetAsync($"/fhir/Patient/{id}/_history/{versionId}"));
            Assert.Equal(marker, RaceClient.MarkerOf(version));
        }

        // Version ids are ValidityFrom instants: newer versions have larger ids.
        Assert.Equal(versionIds.Select(long.Parse).OrderDescending(), versionIds.Select(long.Parse));
    }
}

/// <summary>The races on PostgreSQL.</summary>
public sealed class PostgreSqlWriteRaceTests(DemoServerFixture server) : WriteRaceTests(server.Factory), IClassFixture<DemoServerFixture>;

/// <summary>The races on the embedded SQLite default.</summary>
public sealed class SqliteWriteRaceTests(SqliteServerFixture server) : WriteRaceTests(server.Factory), IClassFixture<SqliteServerFixture>;
