using System.Net;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Search;

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

    private static readonly SearchOptions Options = new() { DefaultCount = 20, MaxCount = 100 };

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
}
