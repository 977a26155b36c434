using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class ExpansionPageTests
{
    private static readonly IReadOnlyList<ValueSet.ContainsComponent> Codes =
    [
        new() { System = "s", Code = "R", Display = "Region" },
        new() { System = "s", Code = "D", Display = "District" },
        new() { System = "s", Code = "W", Display = "Municipality/Ward" },
        new() { System = "s", Code = "V", Display = "City/Village" },
    ];

    private static string Select(string? filter, int offset = 0, int? count = null) =>
        string.Join(',', ExpansionPage.Select(Codes, filter, offset, count).Page.Select(c => c.Code));

    [Fact]
    public void Select_KeepsEveryCode_WhenFilterIsEmpty()
    {
        Assert.Equal("R,D,W,V", Select(string.Empty));
    }

    [Fact]
    public void Select_MatchesDisplaySubstringIgnoringCase_WhenFilterIsGiven()
    {
        Assert.Equal("R", Select("EGIO"));
    }

    [Fact]
    public void Select_MatchesCode_WhenFilterIsACode()
    {
        Assert.Equal("W", Select("w"));
    }

    [Fact]
    public void Select_CountsAllMatches_WhenPaged()
    {
        Assert.Equal(4, ExpansionPage.Select(Codes, null, 1, 2).Total);
    }

    [Fact]
    public void Select_GivesThePage_WhenOffsetAndCountAreGiven()
    {
        Assert.Equal("D,W", Select(null, 1, 2));
    }

    [Fact]
    public void Select_GivesNothing_WhenOffsetIsPastTheEnd()
    {
        Assert.Equal(string.Empty, Select(null, 9));
    }

    [Fact]
    public void Flatten_ListsNestedCodesAndDropsAbstractOnes_WhenExpansionIsAHierarchy()
    {
        var nested = new ValueSet.ContainsComponent
        {
            Code = "group", Abstract = true,
            Contains = [new() { Code = "a" }, new() { Code = "b", Contains = [new() { Code = "c" }] }],
        };
        Assert.Equal("a,b,c", string.Join(',', ExpansionPage.Flatten([nested]).Select(c => c.Code)));
    }
}
