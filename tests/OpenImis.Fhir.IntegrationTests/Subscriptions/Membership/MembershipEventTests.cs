using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Membership;

/// <summary>
/// family-membership-changed (issue 11): a change of an insuree's family is a change of the Group(s) it leaves and
/// joins, in the outbox, whether a FHIR write made it or openIMIS did in SQL (the change detector).
/// </summary>
public sealed class MembershipEventTests(ChangeEventServerFixture server) : IClassFixture<ChangeEventServerFixture>
{
    private FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    [Fact]
    public async System.Threading.Tasks.Task PatientUpdate_RecordsGroupEventsForBothFamilies_WhenItMovesTheInsuree()
    {
        using var client = Client();
        var a = await Families.NewAsync(client, "MoveA");
        var b = await Families.NewAsync(client, "MoveB");
        var member = await client.CreateAsync(Families.MemberOf(a, "Mover"));

        Families.InFamily(member!, b);
        var moved = await client.UpdateAsync(member!);
        Families.InFamily(moved!, a);
        var back = await client.UpdateAsync(moved!);

        var aEvents = await ChangeEvents.ForAsync(server.ConnectionString, a.Id);
        var bEvents = await ChangeEvents.ForAsync(server.ConnectionString, b.Id);
        Assert.Subset(aEvents.Select(e => e.VersionId).ToHashSet(), new HashSet<string?> { member!.Meta!.VersionId, moved!.Meta!.VersionId, back!.Meta!.VersionId });
        Assert.Subset(bEvents.Select(e => e.VersionId).ToHashSet(), new HashSet<string?> { moved.Meta.VersionId, back.Meta.VersionId });
        Assert.All(aEvents.Concat(bEvents), e => Assert.Equal(("Group", "fhir"), (e.ResourceType, e.Origin)));

        // The detector finds the same moves in tblInsuree under the same version ids: it adds nothing.
        await ChangeEvents.AfterPassesAsync(server.ConnectionString);
        Assert.Equal(aEvents.Count + bEvents.Count,
            (await ChangeEvents.ForAsync(server.ConnectionString, a.Id)).Count + (await ChangeEvents.ForAsync(server.ConnectionString, b.Id)).Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task PatientUpdate_RecordsNoGroupEvent_WhenTheFamilyStaysTheSame()
    {
        using var client = Client();
        var a = await Families.NewAsync(client, "StayA");
        var member = await client.CreateAsync(Families.MemberOf(a, "Stayer"));
        var before = await ChangeEvents.ForAsync(server.ConnectionString, a.Id);

        member!.BirthDate = "1990-03-03";
        var updated = await client.UpdateAsync(member);
        await ChangeEvents.AfterPassesAsync(server.ConnectionString);

        Assert.Equal(before, await ChangeEvents.ForAsync(server.ConnectionString, a.Id));
        Assert.Equal(2, (await ChangeEvents.ForAsync(server.ConnectionString, updated!.Id)).Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task PatientDelete_RecordsAGroupEvent_WhenTheInsureeWasAMember()
    {
        using var client = Client();
        var a = await Families.NewAsync(client, "DeleteA");
        var member = await client.CreateAsync(Families.MemberOf(a, "Leaver"));

        await client.DeleteAsync($"Patient/{member!.Id}");

        var deleted = await LegacyWrites.StampAsync(server.ConnectionString, member.Id);
        var events = await ChangeEvents.ForAsync(server.ConnectionString, a.Id);
        Assert.Contains(events, e => e.VersionId == VersionIds.From(deleted) && e.Action == "update" && e.Origin == "fhir");
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupUpdate_RecordsThePatientAndTheFamilyItLeft_WhenItTakesAMemberFromAnotherFamily()
    {
        using var client = Client();
        var a = await Families.NewAsync(client, "TakeA");
        var b = await Families.NewAsync(client, "TakeB");
        var member = await client.CreateAsync(Families.MemberOf(a, "Taken"));

        b.Member.Add(new Group.MemberComponent { Entity = new ResourceReference($"Patient/{member!.Id}") });
        await client.UpdateAsync(b);

        var read = await client.ReadAsync<Patient>($"Patient/{member.Id}");
        var patientEvents = await ChangeEvents.ForAsync(server.ConnectionString, member.Id);
        Assert.Equal(("update", "fhir", read!.Meta!.VersionId), (patientEvents[^1].Action, patientEvents[^1].Origin, patientEvents[^1].VersionId));
        Assert.Contains(await ChangeEvents.ForAsync(server.ConnectionString, a.Id), e => e.VersionId == read.Meta.VersionId && e.Origin == "fhir");
    }

    [Fact]
    public async System.Threading.Tasks.Task Detector_AddsGroupEventsForBothFamilies_WhenSqlMovesTheInsureeTheOpenImisWay()
    {
        using var client = Client();
        var a = await Families.NewAsync(client, "SqlA");
        var b = await Families.NewAsync(client, "SqlB");
        var member = await client.CreateAsync(Families.MemberOf(a, "SqlMover"));
        var aBefore = (await ChangeEvents.ForAsync(server.ConnectionString, a.Id)).Count;

        var stamp = await Families.MoveInSqlAsync(server.ConnectionString, member!.Id, b.Id);

        var version = VersionIds.From(stamp);
        var aEvents = await ChangeEvents.UntilAsync(server.ConnectionString, a.Id, e => e.Count > aBefore);
        var bEvents = await ChangeEvents.UntilAsync(server.ConnectionString, b.Id, e => e.Exists(x => x.VersionId == version));
        Assert.Equal(("Group", "update", "database", version), (aEvents[^1].ResourceType, aEvents[^1].Action, aEvents[^1].Origin, aEvents[^1].VersionId));
        Assert.Single(bEvents, e => e.VersionId == version && e.Origin == "database");
        var read = await client.ReadAsync<Patient>($"Patient/{member.Id}");
        Assert.Equal(version, read!.Meta!.VersionId);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConcurrentPatientUpdates_RecordOneGroupEventPerMove_WhenTheyMoveInsureesIntoOneFamily()
    {
        using var client = Client();
        var a = await Families.NewAsync(client, "ManyA");
        var b = await Families.NewAsync(client, "ManyB");
        var members = new List<Patient>();
        for (var i = 0; i < 6; i++)
        {
            members.Add((await client.CreateAsync(Families.MemberOf(a, $"Many{i}")))!);
        }

        var moved = await System.Threading.Tasks.Task.WhenAll(members.Select(async m =>
        {
            using var own = Client();
            Families.InFamily(m, b);
            return (await own.UpdateAsync(m))!;
        }));

        var bVersions = (await ChangeEvents.ForAsync(server.ConnectionString, b.Id)).Select(e => e.VersionId).ToHashSet();
        var aVersions = (await ChangeEvents.ForAsync(server.ConnectionString, a.Id)).Select(e => e.VersionId).ToHashSet();
        Assert.All(moved, m => Assert.Contains(m.Meta!.VersionId, bVersions));
        Assert.All(moved, m => Assert.Contains(m.Meta!.VersionId, aVersions));
        var group = await client.ReadAsync<Group>($"Group/{b.Id}");
        Assert.Equal(7, group!.Member.Count);
    }
}
