using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Conformance;

public sealed class ConformanceHandlerTests
{
    private static readonly StoredConformanceHandler<StructureDefinition> Handler = new(new ConformanceStore(
    [
        new StructureDefinition { Id = "p1", Url = "http://x/StructureDefinition/p1", Name = "PatientOne", Version = "1.0", Type = "Patient" },
        new StructureDefinition { Id = "p2", Url = "http://x/StructureDefinition/p2", Name = "PatientTwo", Version = "2.0", Type = "Patient" },
        new StructureDefinition { Id = "g1", Url = "http://y/StructureDefinition/g1", Name = "GroupOne", Version = "1.0", Type = "Group" },
    ]));

    private static async Task<string> SearchAsync(params (string Key, string Value)[] pairs)
    {
        var query = SearchQueryParser.Parse(
            pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)), Handler.SearchParameters, new SearchOptions(), strict: true);
        var result = await Handler.SearchAsync(query, CancellationToken.None);
        return string.Join(',', result.Matches.Select(m => m.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesWholeUrl_WhenUrlIsGiven()
    {
        Assert.Equal("p2", await SearchAsync(("url", "http://x/StructureDefinition/p2")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesUrlPrefix_WhenModifierIsBelow()
    {
        Assert.Equal("p1,p2", await SearchAsync(("url:below", "http://x/")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesNamePrefixIgnoringCase_WhenNameIsGiven()
    {
        Assert.Equal("p1,p2", await SearchAsync(("name", "patient")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesVersion_WhenVersionIsGiven()
    {
        Assert.Equal("g1,p1", await SearchAsync(("version", "1.0")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesType_WhenTypeIsGiven()
    {
        Assert.Equal("g1", await SearchAsync(("type", "Group")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_CombinesParameters_WhenSeveralAreGiven()
    {
        Assert.Equal("p1", await SearchAsync(("type", "Patient"), ("version", "1.0")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_SortsByName_WhenSortIsName()
    {
        Assert.Equal("g1,p1,p2", await SearchAsync(("_sort", "name")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_GivesACopy_WhenTheResponseMayChangeIt()
    {
        var first = await Handler.ReadAsync("p1", CancellationToken.None);
        first.Meta!.Tag.Add(new Coding("s", "c"));
        var second = await Handler.ReadAsync("p1", CancellationToken.None);
        Assert.Empty(second.Meta!.Tag);
    }

    [Fact]
    public async System.Threading.Tasks.Task ReadVersion_GivesTheResource_WhenVersionIsTheCurrent()
    {
        var read = await Handler.ReadAsync("g1", CancellationToken.None);
        var version = await Handler.ReadVersionAsync("g1", read.Meta!.VersionId!, CancellationToken.None);
        Assert.Equal("g1", version.Id);
    }
}
