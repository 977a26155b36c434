using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>
/// A server over a PostgreSQL cluster of its own, taken through an outage once: writes before, the cluster stopped,
/// requests during, the cluster started again, writes after. The tests read what happened.
/// </summary>
public sealed class DatabaseOutageFixture : IAsyncLifetime, IDisposable
{
    private PostgresCluster? _cluster;
    private FhirServerFactory? _factory;

    public List<string> Acknowledged { get; } = [];

    /// <summary>Every answer during the outage: status, Retry-After, the outcome's issue code.</summary>
    public List<(HttpStatusCode Status, TimeSpan? RetryAfter, OperationOutcome.IssueType? Code)> DuringOutage { get; } = [];

    public HttpStatusCode ReadyDuringOutage { get; private set; }

    public List<HttpStatusCode> WritesAfter { get; } = [];

    public long LivePatientRows { get; private set; }

    public List<HttpStatusCode> ReadsOfAcknowledged { get; } = [];

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        var database = await _cluster.CreateDatabaseAsync("outage");
        _factory = new FhirServerFactory(database, new Dictionary<string, string?>());
        using var client = _factory.CreateClient();

        await WriteAsync(client, 5, null);
        await _cluster.StopServerAsync();
        await DuringAsync(client);
        ReadyDuringOutage = (await client.GetAsync("/health/ready")).StatusCode;
        await _cluster.StartServerAsync();
        await WaitUntilReadyAsync(client);
        await WriteAsync(client, 5, WritesAfter);

        LivePatientRows = await TestPostgres.CountAsync(database, "SELECT count(*) FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL");
        foreach (var id in Acknowledged)
        {
            ReadsOfAcknowledged.Add((await client.GetAsync($"/fhir/Patient/{id}")).StatusCode);
        }
    }

    public void Dispose() => _factory?.Dispose();

    public async System.Threading.Tasks.Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private async System.Threading.Tasks.Task WriteAsync(HttpClient client, int count, List<HttpStatusCode>? statuses)
    {
        for (var i = 0; i < count; i++)
        {
            var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Outage")));
            statuses?.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Acknowledged.Add((await FhirHttp.ReadAsync<Patient>(response)).Id);
            }
        }
    }

    private async System.Threading.Tasks.Task DuringAsync(HttpClient client)
    {
        for (var i = 0; i < 3; i++)
        {
            await RecordAsync(await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Lost"))));
            await RecordAsync(await client.GetAsync($"/fhir/Patient/{Acknowledged[i]}"));
            await RecordAsync(await client.GetAsync("/fhir/Patient?name=Outage"));
            await RecordAsync(await client.PostAsync("/fhir", FhirHttp.Body(OutageBundle(Hl7.Fhir.Model.Bundle.BundleType.Transaction))));
        }

        var batch = await client.PostAsync("/fhir", FhirHttp.Body(OutageBundle(Hl7.Fhir.Model.Bundle.BundleType.Batch)));
        BatchDuringOutage = (batch.StatusCode, (await FhirHttp.ReadAsync<Bundle>(batch)).Entry.Select(e => e.Response.Status!).ToList());
    }

    /// <summary>The batch sent during the outage: its own status, and each entry's.</summary>
    public (HttpStatusCode Status, List<string> Entries) BatchDuringOutage { get; private set; }

    private Bundle OutageBundle(Bundle.BundleType type) => new()
    {
        Type = type,
        Entry =
        [
            new Bundle.EntryComponent { Resource = Fixtures.Patient("LostInBundle"), Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = "Patient" } },
            new Bundle.EntryComponent { Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.GET, Url = $"Patient/{Acknowledged[0]}" } },
        ],
    };

    private async System.Threading.Tasks.Task RecordAsync(HttpResponseMessage response)
    {
        var outcome = response.StatusCode >= HttpStatusCode.BadRequest ? await FhirHttp.ReadAsync<OperationOutcome>(response) : null;
        DuringOutage.Add((response.StatusCode, response.Headers.RetryAfter?.Delta, outcome?.Issue.FirstOrDefault()?.Code));
    }

    private static async System.Threading.Tasks.Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        HttpResponseMessage response;
        while ((response = await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server did not become ready within a minute of the database's restart: {await response.Content.ReadAsStringAsync()}");
            }

            await System.Threading.Tasks.Task.Delay(100);
        }
    }
}
