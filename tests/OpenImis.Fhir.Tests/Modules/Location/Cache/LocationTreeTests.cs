using Microsoft.Extensions.Logging.Abstractions;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Data;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.LocationCache;

public sealed class LocationTreeTests
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(300);

    private readonly ManualClock _clock = new();

    private readonly FakeLocationSource _source = new(
        Row(1, "Ultha", LocationTypes.Region, null),
        Row(2, "Rapta", LocationTypes.District, 1),
        Row(3, "Jamu", LocationTypes.Ward, 2),
        Row(4, "Jamula", LocationTypes.Village, 3));

    [Fact]
    public void Find_ReturnsVillageWithAncestors_WhenVillageExists()
    {
        var village = Tree().Find(4);

        Assert.Equal(
            [("Jamula", "V"), ("Jamu", "W"), ("Rapta", "D"), ("Ultha", "R")],
            Chain(village).Select(l => (l.Name, l.Type)));
    }

    [Fact]
    public void Find_ReturnsHistoryRow_WhenRowIsNoLongerLive()
    {
        // openIMIS keeps the old version of an edited location as a row of its own; history insurees may name it.
        var history = Row(9, "Jamula (old)", LocationTypes.Village, 3);
        history.ValidityTo = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        history.LegacyId = 4;
        _source.Rows.Add(history);

        var village = Tree().Find(9);

        Assert.Equal(("Jamula (old)", false, "Ultha"), (village?.Name, village?.IsLive, village?.Parent?.Parent?.Parent?.Name));
    }

    [Fact]
    public void Find_LoadsOnce_WhenSnapshotIsFresh()
    {
        var tree = Tree();

        _ = tree.Find(4);
        _clock.Advance(TimeSpan.FromSeconds(299));
        _ = tree.Find(3);

        Assert.Equal(1, _source.Loads);
    }

    [Fact]
    public async Task Find_AnswersFromOldSnapshotThenSwaps_WhenSnapshotIsOlderThanMaxAge()
    {
        var tree = Tree();
        var first = tree.Current;
        _source.Rows[3].Name = "Jamula Kubwa";
        _clock.Advance(MaxAge);

        var stale = tree.Find(4);
        await tree.Refreshing;
        var fresh = tree.Find(4);

        Assert.Equal(("Jamula", "Jamula Kubwa", 2), (stale?.Name, fresh?.Name, _source.Loads));
        Assert.NotSame(first, tree.Current);
    }

    [Fact]
    public async Task Find_KeepsOldSnapshot_WhenBackgroundReloadFails()
    {
        var tree = Tree();
        var first = tree.Current;
        _source.FailAsync = true;
        _clock.Advance(MaxAge);

        _ = tree.Find(4);
        await tree.Refreshing;

        Assert.Same(first, tree.Current);
        Assert.Equal("Jamula", tree.Find(4)?.Name);
    }

    [Fact]
    public void Find_ReloadsAtOnce_WhenLocationIsNewerThanSnapshot()
    {
        var tree = Tree();
        _ = tree.Find(4);
        _source.Rows.Add(Row(5, "Kibo", LocationTypes.Village, 3));
        _clock.Advance(TimeSpan.FromSeconds(2));

        var village = tree.Find(5);

        Assert.Equal(("Kibo", "Jamu", 2), (village?.Name, village?.Parent?.Name, _source.Loads));
    }

    [Fact]
    public void Find_ReturnsNullWithoutReload_WhenMissingIdFollowsALoadWithinASecond()
    {
        var tree = Tree();
        _ = tree.Find(4);

        Assert.Null(tree.Find(42));
        Assert.Equal(1, _source.Loads);
    }

    [Fact]
    public void Find_ReloadsBeforeAnswering_WhenInvalidatedWithinMaxAge()
    {
        var tree = Tree();
        _ = tree.Find(4);
        _source.Rows[3].Name = "Jamula Kubwa";

        tree.Invalidate();

        Assert.Equal(("Jamula Kubwa", 2), (tree.Find(4)?.Name, _source.Loads));
    }

    [Fact]
    public void Find_LoadsOnceAfterInvalidation_WhenAskedTwice()
    {
        var tree = Tree();
        _ = tree.Find(4);
        tree.Invalidate();

        _ = tree.Find(4);
        _ = tree.Find(3);

        Assert.Equal(2, _source.Loads);
    }

    [Fact]
    public async Task Find_ReloadsAgain_WhenInvalidatedWhileABackgroundReloadRan()
    {
        // The background load read the rows before the write committed: its snapshot must not count as current.
        var tree = Tree();
        _ = tree.Find(4);
        _clock.Advance(MaxAge);
        _source.BeforeAsyncLoad = tree.Invalidate;
        _ = tree.Find(4);
        await tree.Refreshing;
        _source.BeforeAsyncLoad = null;
        _source.Rows[3].Name = "Jamula Kubwa";

        Assert.Equal("Jamula Kubwa", tree.Find(4)?.Name);
    }

    [Fact]
    public void Build_CutsTheChain_WhenParentsFormACycle()
    {
        var snapshot = LocationSnapshot.Build([Row(1, "A", LocationTypes.Ward, 2), Row(2, "B", LocationTypes.Ward, 1)], _clock.GetUtcNow());

        Assert.InRange(Chain(snapshot.Find(1)).Count(), 2, 20);
    }

    private static LocationRow Row(int id, string name, string type, int? parentId) => new()
    {
        Id = id,
        Uuid = $"00000000-0000-4000-8000-{id:D12}",
        Name = name,
        Type = type,
        ParentId = parentId,
    };

    private static IEnumerable<LocationNode> Chain(LocationNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    private LocationTree Tree() => new(_source, _clock, MaxAge, NullLogger<LocationTree>.Instance);
}
