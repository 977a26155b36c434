using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Search;

public sealed class ReferencePredicateTests
{
    private sealed record Row(string Id, string? Code, string? Target, string[] Members);

    private static readonly Row[] Rows =
    [
        new("A", "x", "T1", ["M1", "M2"]),
        new("B", "y", null, []),
        new("C", null, "t2", ["m3"]),
    ];

    private static readonly SearchParameter<Row> Code =
        SearchParameters.Token<Row>("code", "Group.code", "A code", t => r => r.Code == t.Code).WithMissing(r => r.Code != null);

    private static readonly SearchParameter<Row> Target =
        SearchParameters.Reference<Row>("target", "Group.target", "One", _ => r => false).Referring("Patient", r => r.Target);

    private static readonly SearchParameter<Row> Member =
        SearchParameters.Reference<Row>("member", "Group.member.entity", "Many", _ => r => false).Referring("Patient", r => r.Members);

    private static string[] Match(SearchParameter<Row> parameter, SearchCriterion criterion) =>
        [.. Rows.AsQueryable().Where(parameter.PredicateFor(criterion)).Select(r => r.Id)];

    [Fact]
    public void PredicateFor_MatchesRowsWithoutValue_WhenNot()
    {
        Assert.Equal(["B", "C"], Match(Code, new SearchCriterion(Code, "not", [new TokenValue(null, "x")])));
    }

    [Fact]
    public void PredicateFor_ExcludesEveryValue_WhenNotHasSeveral()
    {
        Assert.Equal(["C"], Match(Code, new SearchCriterion(Code, "not", [new TokenValue(null, "x", true), new TokenValue(null, "y", true)])));
    }

    [Theory]
    [InlineData(true, "C")]
    [InlineData(false, "A,B")]
    public void PredicateFor_MatchesPresence_WhenMissing(bool missing, string expected)
    {
        Assert.Equal(expected.Split(','), Match(Code, new SearchCriterion(Code, "missing", [new MissingValue(missing)])));
    }

    [Fact]
    public void PredicateFor_MatchesEitherCase_WhenIdsAreInMemory()
    {
        Assert.Equal(["A", "C"], Match(Target, new SearchCriterion(Target, null, [new ReferenceSetValue("Patient", null, ["t1", "T2"])])));
    }

    [Fact]
    public void PredicateFor_MatchesStoredSpelling_WhenIdsComeFromAQuery()
    {
        var ids = new List<string> { "m3", "M9" }.AsQueryable();
        Assert.Equal(["C"], Match(Member, new SearchCriterion(Member, null, [new ReferenceSetValue("Patient", ids, null)])));
    }

    [Fact]
    public void PredicateFor_MatchesRowsWithReferences_WhenMissingIsFalse()
    {
        Assert.Equal(["A", "C"], Match(Member, new SearchCriterion(Member, "missing", [new MissingValue(false)])));
    }

    [Fact]
    public void Referenced_YieldsEveryTargetId_WhenManyValued()
    {
        Assert.Equal(["M1", "M2", "m3"], Member.Referenced(Rows.AsQueryable(), "Patient").ToArray());
    }

    [Fact]
    public void PredicateFor_Throws400_WhenSetTargetsUndeclaredType()
    {
        Assert.Throws<OpenImis.Fhir.Core.Errors.FhirException>(() =>
            Target.PredicateFor(new ReferenceSetValue("Location", null, ["x"])));
    }
}
