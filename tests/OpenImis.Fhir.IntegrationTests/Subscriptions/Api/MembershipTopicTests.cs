using OpenImis.Fhir.IntegrationTests.Subscriptions.Membership;
using static OpenImis.Fhir.IntegrationTests.Subscriptions.Api.SubscriptionTestKit;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>A family-membership-changed subscription hears of insurees moved by Patient writes and by openIMIS in SQL.</summary>
public sealed class MembershipTopicTests(SubscriptionApiFixture server) : IClassFixture<SubscriptionApiFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersEventsForBothFamilies_WhenPatientUpdateMovesTheInsuree()
    {
        using var client = Client(server);
        var a = await Families.NewAsync(client, "TopicA");
        var b = await Families.NewAsync(client, "TopicB");
        var member = await client.CreateAsync(Families.MemberOf(a, "TopicMover"));
        var subscription = await client.CreateAsync(Topic("family-membership-changed", "id-only"));

        Families.InFamily(member!, b);
        var moved = await client.UpdateAsync(member!);
        await MatchAllAsync(server);

        var events = (await EventsAsync(server, subscription!.Id)).Where(e => e.VersionId == moved!.Meta!.VersionId).ToList();
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), events.Select(e => e.ResourceId).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal(("Group", "update"), (e.ResourceType, e.Action)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Match_NumbersEventsForBothFamilies_WhenSqlMovesTheInsureeTheOpenImisWay_SB11()
    {
        using var client = Client(server);
        var a = await Families.NewAsync(client, "TopicSqlA");
        var b = await Families.NewAsync(client, "TopicSqlB");
        var member = await client.CreateAsync(Families.MemberOf(a, "TopicSqlMover"));
        var subscription = await client.CreateAsync(Topic("family-membership-changed", "id-only"));

        var stamp = await Families.MoveInSqlAsync(server.ConnectionString, member!.Id, b.Id);
        await ChangeEvents.UntilAsync(server.ConnectionString, b.Id, e => e.Exists(x => x.Origin == "database"));
        await MatchAllAsync(server);

        var version = OpenImis.Fhir.Core.Rest.VersionIds.From(stamp);
        var events = await EventsAsync(server, subscription!.Id);
        Assert.Equal(
            new[] { a.Id, b.Id }.Order(StringComparer.Ordinal),
            events.Where(e => e.VersionId == version).Select(e => e.ResourceId).Order(StringComparer.Ordinal));
    }
}
