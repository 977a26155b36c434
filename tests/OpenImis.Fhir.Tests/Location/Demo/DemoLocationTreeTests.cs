using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Tests.Location.Demo;

public class DemoLocationTreeTests
{
    private static readonly DateTime ValidFrom = new(2020, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Build_GivesRegionsDistrictsWardsAndVillages_WhenCalled()
    {
        var counts = DemoLocationTree.Build(ValidFrom).GroupBy(l => l.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new Dictionary<string, int>
            {
                [LocationTypes.Region] = 3, [LocationTypes.District] = 6, [LocationTypes.Ward] = 12, [LocationTypes.Village] = 36,
            },
            counts);
    }

    [Fact]
    public void Build_ParentsEachLevelByTheLevelAbove_WhenCalled()
    {
        var expectedParent = new Dictionary<string, string?>
        {
            [LocationTypes.Region] = null,
            [LocationTypes.District] = LocationTypes.Region,
            [LocationTypes.Ward] = LocationTypes.District,
            [LocationTypes.Village] = LocationTypes.Ward,
        };

        Assert.All(DemoLocationTree.Build(ValidFrom), l => Assert.Equal(expectedParent[l.Type], l.Parent?.Type));
    }

    [Fact]
    public void Build_GivesUniqueCodesWithinEightCharacters_WhenCalled()
    {
        var codes = DemoLocationTree.Build(ValidFrom).Select(l => l.Code!).ToList();

        Assert.All(codes, c => Assert.InRange(c.Length, 2, 8));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Build_GivesSameUuids_WhenCalledTwice()
    {
        Assert.Equal(
            DemoLocationTree.Build(ValidFrom).Select(l => l.Uuid),
            DemoLocationTree.Build(ValidFrom.AddDays(3)).Select(l => l.Uuid));
    }

    [Fact]
    public void Build_CodesTheRenamedVillage_WhenCalled()
    {
        Assert.Contains(DemoLocationTree.Build(ValidFrom), l => l.Code == LocationDemoSeeder.RenamedVillageCode && l.Type == LocationTypes.Village);
    }
}
