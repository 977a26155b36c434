using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>
/// The matcher: outbox rows to numbered subscription events. SB-06 (numbers), SB-11 (changes made in SQL, found
/// by the detector), SB-16 (off, end, delete), R4 criteria against the new state.
/// </summary>
public sealed class MatcherTests(SubscriptionApiFixture server) : IClassFixture<SubscriptionApiFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersEvents1To1000OnceEach_WhenEightClientsWrite1000ChangesOf100Patients_SB06()
    {
        using var setup = Client(server);
        var subscription = await setup.CreateAsync(Topic("insuree-created-or-updated", "id-only", "Patient?location=SB06Village"));
        var everything = await setup.CreateAsync(Topic("insuree-created-or-updated", "id-only"));
        await MatchAllAsync(server);
        var start = (await RecordAsync(server, everything!.Id))!.EventCount;

        // 100 creates and 900 updates by 8 concurrent clients, while two matchers run side by side.
        var patients = new System.Collections.Concurrent.ConcurrentBag<string>();
        var writing = true;
        var matchers = Enumerable.Range(0, 2).Select(_ => System.Threading.Tasks.Task.Run(async () =>
        {
            var matcher = server.Factory.Services.GetRequiredService<IChangeMatcher>();
            while (Volatile.Read(ref writing))
            {
                await matcher.MatchPendingAsync(100, CancellationToken.None);
            }
        })).ToList();
        await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 8).Select(worker => System.Threading.Tasks.Task.Run(async () =>
        {
            using var client = Client(server);
            for (var n = worker; n < 100; n += 8)
            {
                var patient = await client.CreateAsync(Fixtures.Patient($"Sb06n{n}"));
                patients.Add(patient!.Id);
                for (var version = 1; version < 10; version++)
                {
                    patient.BirthDate = $"19{50 + version}-01-0{1 + (n % 9)}";
                    patient = await client.UpdateAsync(patient);
                }
            }
        })));
        Volatile.Write(ref writing, false);
        await System.Threading.Tasks.Task.WhenAll(matchers);
        await MatchAllAsync(server);

        var events = (await EventsAsync(server, everything.Id)).Where(e => e.EventNumber > start && patients.Contains(e.ResourceId)).ToList();
        Assert.Equal(1000, events.Count);
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => start + i), events.Select(e => e.EventNumber).Order());
        Assert.Equal(1000, events.Select(e => e.ChangeSeq).Distinct().Count());
        Assert.Equal(start + 1000, (await RecordAsync(server, everything.Id))!.EventCount);
        Assert.All(patients, id => Assert.Equal(10, events.Count(e => e.ResourceId == id)));

        // None of these patients lives in that village: the filter kept every one of them out.
        Assert.DoesNotContain(await EventsAsync(server, subscription!.Id), e => patients.Contains(e.ResourceId));
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersOneEventPerMatchingChange_WhenFilterNamesThePatient()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("FilteredOne"));
        var other = await client.CreateAsync(Fixtures.Patient("FilteredOther"));
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only", $"Patient?patient=Patient/{patient!.Id}"));

        patient.BirthDate = "1971-02-03";
        await client.UpdateAsync(patient);
        other!.BirthDate = "1972-02-03";
        await client.UpdateAsync(other);
        await MatchAllAsync(server);

        var events = await EventsAsync(server, subscription!.Id);
        Assert.Equal([(1L, patient.Id!, ChangeAction.Update, DeliveryState.Pending)], events.Select(e => (e.EventNumber, e.ResourceId, e.Action, e.State)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersNoDelete_WhenR4CriteriaMatchedTheDeletedResource()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("CriteriaDelete"));
        var subscription = await client.CreateAsync(Criteria($"Patient?_id={patient!.Id}", "application/fhir+json"));
        patient.BirthDate = "1977-07-07";
        await client.UpdateAsync(patient);
        await MatchAllAsync(server);

        await client.DeleteAsync($"Patient/{patient.Id}");
        await MatchAllAsync(server);

        Assert.Equal([ChangeAction.Update], (await EventsAsync(server, subscription!.Id)).Select(e => e.Action));
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_NotifiesAnUpdateOnlyWhileItMatches_WhenMatchedRightAfterEachWrite()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("CriteriaStep", "1980-01-01"));
        var subscription = await client.CreateAsync(Criteria($"Patient?_id={patient!.Id}&birthdate=1999-09-09"));

        patient.BirthDate = "1999-09-09";
        patient = await client.UpdateAsync(patient);
        await MatchAllAsync(server);
        patient!.BirthDate = "1980-01-01";
        await client.UpdateAsync(patient);
        await MatchAllAsync(server);

        var events = await EventsAsync(server, subscription!.Id);
        Assert.Equal([(1L, patient.Meta.VersionId)], events.Select(e => (e.EventNumber, e.VersionId)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersAnEvent_WhenOpenImisUpdatesAndSoftDeletesInSql_SB11()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("LegacySubscribed"));
        var updates = await client.CreateAsync(Topic("insuree-created-or-updated", "full-resource", $"Patient?patient=Patient/{patient!.Id}"));
        var deletes = await client.CreateAsync(Topic("insuree-deleted", "id-only", $"patient=Patient/{patient.Id}"));
        var anyDelete = await client.CreateAsync(Topic("insuree-deleted", "empty"));
        await MatchAllAsync(server);

        await LegacyWrites.RunAsync(server.ConnectionString, LegacyWrites.UpdateSql, patient.Id);
        await MatchAfterDetectorAsync(server, patient.Id, 2);
        await LegacyWrites.RunAsync(server.ConnectionString, LegacyWrites.DeleteSql, patient.Id);
        await MatchAfterDetectorAsync(server, patient.Id, 3);

        var updated = Assert.Single(await EventsAsync(server, updates!.Id));
        var deleted = Assert.Single(await EventsAsync(server, deletes!.Id));
        Assert.Equal((1L, ChangeAction.Update), (updated.EventNumber, updated.Action));
        Assert.Equal((1L, ChangeAction.Delete, patient.Id), (deleted.EventNumber, deleted.Action, deleted.ResourceId));
        Assert.Contains(await EventsAsync(server, anyDelete!.Id), e => e.ResourceId == patient.Id && e.Action == ChangeAction.Delete);
        var changes = await ChangeEvents.ForAsync(server.ConnectionString, patient.Id);
        Assert.Equal(["fhir", "database", "database"], changes.Select(c => c.Origin));
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersNothing_WhenTheClientTurnedTheSubscriptionOff_SB16()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("TurnedOff"));
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only", $"patient=Patient/{patient!.Id}"));

        subscription!.Status = Subscription.SubscriptionStatus.Off;
        var off = await client.UpdateAsync(subscription);
        patient.BirthDate = "1966-06-06";
        await client.UpdateAsync(patient);
        await MatchAllAsync(server);

        Assert.Equal((Subscription.SubscriptionStatus.Off, "2"), (off!.Status, off.Meta.VersionId));
        Assert.Empty(await EventsAsync(server, subscription.Id));
        off.Status = Subscription.SubscriptionStatus.Active;
        var again = await client.UpdateAsync(off);
        Assert.Equal(Subscription.SubscriptionStatus.Requested, again!.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_SetsOffAndNumbersNothing_WhenTheSubscriptionsEndHasPassed_SB16()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("Ending"));
        var sent = Topic("insuree-created-or-updated", "id-only", $"patient=Patient/{patient!.Id}");
        sent.End = DateTimeOffset.UtcNow.AddSeconds(1);
        var subscription = await client.CreateAsync(sent);
        await System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(1.5));

        patient.BirthDate = "1967-07-07";
        await client.UpdateAsync(patient);
        await MatchAllAsync(server);

        var read = await client.ReadAsync<Subscription>($"Subscription/{subscription!.Id}");
        Assert.Equal((Subscription.SubscriptionStatus.Off, "2"), (read!.Status, read.Meta.VersionId));
        Assert.Empty(await EventsAsync(server, subscription.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_PurgesTheSubscriptionsEvents_WhenTheClientDeletesIt_SB16()
    {
        using var client = Client(server);
        var patient = await client.CreateAsync(Fixtures.Patient("DeletedSubscription"));
        var subscription = await client.CreateAsync(Topic("insuree-created-or-updated", "id-only", $"patient=Patient/{patient!.Id}"));
        patient.BirthDate = "1968-08-08";
        await client.UpdateAsync(patient);
        await MatchAllAsync(server);
        Assert.Single(await EventsAsync(server, subscription!.Id));

        await client.DeleteAsync($"Subscription/{subscription.Id}");

        Assert.Empty(await EventsAsync(server, subscription.Id));
        var gone = await Assert.ThrowsAsync<FhirOperationException>(() => client.ReadAsync<Subscription>($"Subscription/{subscription.Id}"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.Status);
    }
}
