using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Engine;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>
/// The outbox: every FHIR write leaves exactly one change event per written resource, committed with it; a failed
/// write leaves none. The detector runs all along (every 100 ms) and must add nothing for these writes.
/// </summary>
public sealed class OutboxTests(ChangeEventServerFixture server) : IClassFixture<ChangeEventServerFixture>
{
    private static readonly string[] TransactionTypes = ["Patient", "Group"];

    private FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    [Fact]
    public async System.Threading.Tasks.Task Create_LeavesOneCreateEventWithTheVersion_WhenAPatientIsCreated()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("OutboxCreate"));

        var events = await ChangeEvents.ForAsync(server.ConnectionString, created!.Id);

        var single = Assert.Single(events);
        Assert.Equal(("Patient", created.Id, created.Meta!.VersionId, "create", "fhir"),
            (single.ResourceType, single.ResourceId, single.VersionId, single.Action, single.Origin));
        Assert.Equal(created.Meta.LastUpdated!.Value.UtcDateTime, single.OccurredAt.ToUniversalTime());
    }

    [Fact]
    public async System.Threading.Tasks.Task UpdatePatchDelete_LeaveOneEventEach_AndTheDetectorAddsNone()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("OutboxLife"));
        created!.BirthDate = "1991-01-01";
        var updated = await client.UpdateAsync(created, versionAware: true);
        var patched = (Patient?)await client.PatchAsync(new Uri($"Patient/{created.Id}", UriKind.Relative), BirthDatePatch("1992-02-02"));
        await client.DeleteAsync($"Patient/{created.Id}");
        await ChangeEvents.AfterPassesAsync(server.ConnectionString);

        var events = await ChangeEvents.ForAsync(server.ConnectionString, created.Id);

        Assert.Equal(["create", "update", "update", "delete"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal("fhir", e.Origin));
        Assert.Equal([created.Meta!.VersionId, updated!.Meta!.VersionId, patched!.Meta!.VersionId], events.Take(3).Select(e => e.VersionId));
        Assert.Equal(4, events.Select(e => e.VersionId).Distinct().Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task ConditionalWrites_LeaveEventsOnlyForWhatTheyWrote()
    {
        using var client = Client();
        var patient = Fixtures.Patient("OutboxConditional");
        var condition = new SearchParams().Where($"identifier={patient.Identifier[0].Value}");
        var first = await client.ConditionalCreateAsync(patient, condition);
        await client.ConditionalCreateAsync(patient, condition);
        await client.ConditionalDeleteSingleAsync(condition, "Patient");

        var events = await ChangeEvents.ForAsync(server.ConnectionString, first!.Id);

        Assert.Equal(["create", "delete"], events.Select(e => e.Action));
    }

    [Fact]
    public async System.Threading.Tasks.Task Batch_LeavesEventsForTheEntriesThatSucceeded()
    {
        using var client = Client();
        var taken = await client.CreateAsync(Fixtures.Patient("OutboxBatchTaken"));
        var duplicate = Fixtures.Patient("OutboxBatchDuplicate");
        duplicate.Identifier[0].Value = taken!.Identifier[0].Value;
        var before = await ChangeEvents.CountAsync(server.ConnectionString);
        var bundle = new TransactionBuilder("http://localhost/fhir", Bundle.BundleType.Batch)
            .Create(Fixtures.Patient("OutboxBatchA")).Create(duplicate).Create(Fixtures.Patient("OutboxBatchB"))
            .ToBundle();

        var response = await client.TransactionAsync(bundle);

        Assert.Equal(["201", "422", "201"], response!.Entry.Select(e => e.Response.Status[..3]));
        var events = (await ChangeEvents.AllAsync(server.ConnectionString)).Skip((int)before).ToList();
        var ids = response.Entry.Where(e => e.Response.Status.StartsWith("201", StringComparison.Ordinal))
            .Select(e => new ResourceIdentity(e.Response.Location).Id).ToList();
        Assert.Equal(ids, events.Select(e => e.ResourceId));
        Assert.All(events, e => Assert.Equal(("Patient", "create", "fhir"), (e.ResourceType, e.Action, e.Origin)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_LeavesOneEventPerEntry_WhenItCommits()
    {
        using var client = Client();
        var head = Fixtures.Patient("OutboxTx");
        var group = await EngineClient.NewFamilyAsync(server.CreateClient(), "urn:uuid:0c1b2a3d-0000-4000-8000-0000000000b1", head.Identifier[0].Value);
        var bundle = new TransactionBuilder("http://localhost/fhir", Bundle.BundleType.Transaction).Create(head).Create(group).ToBundle();
        bundle.Entry[0].FullUrl = "urn:uuid:0c1b2a3d-0000-4000-8000-0000000000b1";

        var response = await client.TransactionAsync(bundle);

        foreach (var (entry, type) in response!.Entry.Zip(TransactionTypes))
        {
            var location = new ResourceIdentity(entry.Response.Location);
            var events = await ChangeEvents.ForAsync(server.ConnectionString, location.Id);
            var fhir = Assert.Single(events, e => e.Origin == "fhir" && e.Action == "create");
            Assert.Equal((type, location.VersionId), (fhir.ResourceType, fhir.VersionId));
        }

        // The Group's create made the head a member: a new version of the head, and a membership change of the family,
        // both in the same transaction's outbox (family-membership-changed, decision 85).
        var headId = new ResourceIdentity(response.Entry[0].Response.Location).Id;
        var joined = Assert.Single(await ChangeEvents.ForAsync(server.ConnectionString, headId), e => e.Action == "update");
        Assert.Equal("fhir", joined.Origin);
        Assert.Contains(await ChangeEvents.ForAsync(server.ConnectionString, new ResourceIdentity(response.Entry[1].Response.Location).Id),
            e => e.Action == "update" && e.VersionId == joined.VersionId && e.Origin == "fhir");
    }

    [Fact]
    public async System.Threading.Tasks.Task FailedWrites_LeaveNoEvent_When412Or422OrARolledBackTransaction()
    {
        using var client = Client();
        var created = await client.CreateAsync(Fixtures.Patient("OutboxFailed"));
        var stale = (Patient)created!.DeepCopy();
        created.BirthDate = "1993-03-03";
        await client.UpdateAsync(created, versionAware: true);
        var before = await ChangeEvents.CountAsync(server.ConnectionString);

        stale.BirthDate = "1994-04-04";
        var precondition = await Assert.ThrowsAsync<FhirOperationException>(() => client.UpdateAsync(stale, versionAware: true));
        var duplicate = Fixtures.Patient("OutboxFailedDuplicate");
        duplicate.Identifier[0].Value = created.Identifier[0].Value;
        var invalid = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(duplicate));
        var transaction = new TransactionBuilder("http://localhost/fhir", Bundle.BundleType.Transaction)
            .Create(Fixtures.Patient("OutboxFailedTx")).Create(duplicate).ToBundle();
        transaction.Entry.Insert(1, EngineClient.Entry(Bundle.HTTPVerb.PUT, $"Patient/{created.Id}", created));
        var rolledBack = await Assert.ThrowsAsync<FhirOperationException>(() => client.TransactionAsync(transaction));

        Assert.Equal((HttpStatusCode.PreconditionFailed, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity),
            (precondition.Status, invalid.Status, rolledBack.Status));
        // Only the outbox's own rows: the detector may still be adding the side effects of earlier tests' writes.
        Assert.DoesNotContain((await ChangeEvents.AllAsync(server.ConnectionString)).Skip((int)before), e => e.Origin == "fhir");
    }

    private static Parameters BirthDatePatch(string date)
    {
        var patch = new Parameters();
        patch.Parameter.Add(new Parameters.ParameterComponent
        {
            Name = "operation",
            Part =
            [
                new() { Name = "type", Value = new Code("replace") },
                new() { Name = "path", Value = new FhirString("Patient.birthDate") },
                new() { Name = "value", Value = new Date(date) },
            ],
        });
        return patch;
    }
}
