using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>SB-11: changes the openIMIS application makes in SQL reach the outbox through the change detector.</summary>
public sealed class ChangeDetectorTests(ChangeEventServerFixture server) : IClassFixture<ChangeEventServerFixture>
{
    private FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    [Fact]
    public async System.Threading.Tasks.Task Detector_AddsOneUpdateEventWithTheNewVersion_WhenSqlUpdatesWithTheHistoryPattern_SB11()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("LegacyUpdate"));

        await LegacyWrites.RunAsync(server.ConnectionString, LegacyWrites.UpdateSql, created!.Id);

        var events = await ChangeEvents.UntilAsync(server.ConnectionString, created.Id, e => e.Count >= 2);
        var read = await client.ReadAsync<Patient>($"Patient/{created.Id}");
        var legacy = events[1];
        Assert.Equal(("Patient", "update", "database", read!.Meta!.VersionId), (legacy.ResourceType, legacy.Action, legacy.Origin, legacy.VersionId));
        await ChangeEvents.AfterPassesAsync(server.ConnectionString);
        Assert.Equal(2, (await ChangeEvents.ForAsync(server.ConnectionString, created.Id)).Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Detector_AddsADeleteEvent_WhenSqlSoftDeletesTheLiveRow_SB11()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("LegacyDelete"));

        await LegacyWrites.RunAsync(server.ConnectionString, LegacyWrites.DeleteSql, created!.Id);

        var events = await ChangeEvents.UntilAsync(server.ConnectionString, created.Id, e => e.Count >= 2);
        var deleted = await LegacyWrites.StampAsync(server.ConnectionString, created.Id);
        Assert.Equal(("delete", "database", VersionIds.From(deleted)), (events[1].Action, events[1].Origin, events[1].VersionId));
    }

    [Fact]
    public async System.Threading.Tasks.Task Detector_FindsALongTransaction_WhenItCommitsAfterPassesWithAnEarlierValidityFrom_SB11()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("LegacyLong"));
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await LegacyWrites.RunAsync(connection, transaction, LegacyWrites.UpdateSql, created!.Id);

        // Passes run while it is open: without the watermark the cursor would pass its ValidityFrom (now() = its start).
        await ChangeEvents.AfterPassesAsync(server.ConnectionString, 5);
        var (held, _) = await ChangeEvents.CursorAsync(server.ConnectionString);
        await transaction.CommitAsync();
        var stamp = await LegacyWrites.StampAsync(server.ConnectionString, created.Id);

        var events = await ChangeEvents.UntilAsync(server.ConnectionString, created.Id, e => e.Count >= 2);
        Assert.True(held.ToUniversalTime() < stamp, $"cursor {held:o} held below the open transaction's ValidityFrom {stamp:o}");
        Assert.True(DateTime.UtcNow - stamp > 5 * ChangeEventServerFixture.Interval);
        Assert.Equal(("update", "database", VersionIds.From(stamp)), (events[1].Action, events[1].Origin, events[1].VersionId));
    }

    [Fact]
    public async System.Threading.Tasks.Task Detector_ReportsNoFhirWriteAgain_WhenItsVersionIsInTheOutbox()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("LegacyNotTwice"));
        created!.BirthDate = "1980-05-05";
        await client.UpdateAsync(created);
        await client.DeleteAsync($"Patient/{created.Id}");

        await ChangeEvents.AfterPassesAsync(server.ConnectionString, 3);

        Assert.All(await ChangeEvents.ForAsync(server.ConnectionString, created.Id), e => Assert.Equal("fhir", e.Origin));
    }

    [Fact]
    public async System.Threading.Tasks.Task TwoDetectors_AddEachChangeOnce_WhenTheirPassesRunConcurrently()
    {
        using var client = Client();
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await client.CreateAsync(Fixtures.Patient("LegacyTwo")))!.Id);
        }

        var writes = System.Threading.Tasks.Task.Run(async () =>
        {
            foreach (var id in ids)
            {
                await LegacyWrites.RunAsync(server.ConnectionString, LegacyWrites.UpdateSql, id);
                await System.Threading.Tasks.Task.Delay(20);
            }
        });
        var detectors = Enumerable.Range(0, 2).Select(_ => System.Threading.Tasks.Task.Run(async () =>
        {
            for (var pass = 0; pass < 40; pass++)
            {
                await using var scope = server.Factory.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChangeDetectorPass>().RunAsync(CancellationToken.None);
            }
        })).ToList();
        await System.Threading.Tasks.Task.WhenAll([writes, .. detectors]);

        foreach (var id in ids)
        {
            var events = await ChangeEvents.UntilAsync(server.ConnectionString, id, e => e.Count >= 2);
            await ChangeEvents.AfterPassesAsync(server.ConnectionString, 1);
            Assert.Equal([("create", "fhir"), ("update", "database")],
                (await ChangeEvents.ForAsync(server.ConnectionString, id)).Select(e => (e.Action, e.Origin)));
            Assert.Equal(2, events.Count);
        }
    }
}
