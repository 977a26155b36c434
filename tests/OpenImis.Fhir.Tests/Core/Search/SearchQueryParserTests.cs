using System.Net;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Search;

public sealed class SearchQueryParserTests
{
    private sealed class Row
    {
        public string? Name { get; set; }
    }

    private static readonly ISearchParameter[] Declared =
    [
        SearchParameters.Text<Row>("name", "Patient.name", "A name", r => r.Name),
    ];

    private static readonly SearchOptions Options = new() { DefaultCount = 20, MaxCount = 100, MaxValuesPerParameter = 5, MaxCriteria = 3 };

    private static SearchQuery Parse(bool strict, params (string Key, string Value)[] pairs) =>
        SearchQueryParser.Parse(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)), Declared, Options, strict);

    [Fact]
    public void Parse_ReportsUnknownParameter_WhenLenient()
    {
        var query = Parse(false, ("foo", "bar"));
        Assert.Single(query.Ignored);
    }

    [Fact]
    public void Parse_Throws400_WhenStrictAndParameterUnknown()
    {
        var ex = Assert.Throws<FhirException>(() => Parse(true, ("foo", "bar")));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Parse_CapsCount_WhenCountIsOverMaximum()
    {
        Assert.Equal(100, Parse(false, ("_count", "5000")).Count);
    }

    [Fact]
    public void Parse_UsesDefaultCount_WhenCountIsAbsent()
    {
        Assert.Equal(20, Parse(false).Count);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    public void Parse_Throws400_WhenCountIsNotANumber(string count)
    {
        Assert.Throws<FhirException>(() => Parse(false, ("_count", count)));
    }

    [Fact]
    public void Parse_ReadsDescendingSort_WhenSortHasMinus()
    {
        var sort = Parse(false, ("_sort", "-name")).Sort.Single();
        Assert.True(sort.Descending);
    }

    [Fact]
    public void Parse_Throws400_WhenSortParameterIsUnknown()
    {
        Assert.Throws<FhirException>(() => Parse(false, ("_sort", "shoe-size")));
    }

    [Fact]
    public void Parse_GivesAlternatives_WhenValueHasCommas()
    {
        Assert.Equal(2, Parse(false, ("name", "a,b")).Criteria.Single().Values.Count);
    }

    [Fact]
    public void Parse_GivesTwoCriteria_WhenParameterRepeats()
    {
        Assert.Equal(2, Parse(false, ("name", "a"), ("name", "b")).Criteria.Count);
    }

    [Fact]
    public void Parse_ReadsTotalNone_WhenTotalIsNone()
    {
        Assert.Equal(TotalMode.None, Parse(false, ("_total", "none")).Total);
    }

    [Fact]
    public void Parse_Throws400_WhenTotalIsUnknown()
    {
        Assert.Throws<FhirException>(() => Parse(false, ("_total", "roughly")));
    }

    [Fact]
    public void Parse_AcceptsValues_WhenCountIsAtTheLimit()
    {
        Assert.Equal(5, Parse(false, ("name", "a,b,c,d,e")).Criteria.Single().Values.Count);
    }

    [Fact]
    public void Parse_Throws400NamingTheLimit_WhenParameterHasTooManyValues()
    {
        var ex = Assert.Throws<FhirException>(() => Parse(false, ("name", "a,b,c,d,e,f")));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Contains("Fhir:Search:MaxValuesPerParameter", ex.Outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsCriteria_WhenCountIsAtTheLimit()
    {
        Assert.Equal(3, Parse(false, ("name", "a"), ("name", "b"), ("name", "c")).Criteria.Count);
    }

    [Fact]
    public void Parse_Throws400NamingTheLimit_WhenSearchHasTooManyCriteria()
    {
        var ex = Assert.Throws<FhirException>(() => Parse(false, ("name", "a"), ("name", "b"), ("name", "c"), ("name", "d")));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Contains("Fhir:Search:MaxCriteria", ex.Outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IgnoresResultParameters_WhenCountingCriteria()
    {
        var query = Parse(false, ("name", "a"), ("name", "b"), ("name", "c"), ("_count", "5"), ("_sort", "name"), ("_total", "none"));
        Assert.Equal(3, query.Criteria.Count);
    }
}
