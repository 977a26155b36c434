using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Search;

public sealed class ReferenceQueryParserTests
{
    private sealed class Row
    {
        public string? Name { get; set; }

        public string? Code { get; set; }

        public string? TargetUuid { get; set; }

        public string? OtherUuid { get; set; }
    }

    private static readonly ISearchParameter[] Declared =
    [
        SearchParameters.Text<Row>("name", "Group.name", "A name", r => r.Name),
        SearchParameters.Token<Row>("identifier", "Group.identifier", "A code", t => r => r.Code == t.Code).WithOfType(),
        SearchParameters.Token<Row>("code", "Group.code", "A code", t => r => r.Code == t.Code),
        SearchParameters.Reference<Row>("member", "Group.member.entity", "A member", _ => r => false)
            .Referring("Patient", r => r.TargetUuid),
        SearchParameters.Reference<Row>("subject", "Group.subject", "Either", _ => r => false)
            .Referring("Patient", r => r.TargetUuid).Referring("Location", r => r.OtherUuid),
        SearchParameters.Reference<Row>("untyped", "Group.untyped", "Undeclared targets", _ => r => false),
    ];

    private static readonly SearchOptions Options = new() { DefaultCount = 20, MaxCount = 100, MaxValuesPerParameter = 5, MaxCriteria = 3 };

    private static SearchQuery Parse(bool strict, params (string Key, string Value)[] pairs) =>
        SearchQueryParser.Parse(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)), Declared, Options, strict);

    private static HttpStatusCode Status(Action action) => Assert.Throws<FhirException>(action).Status;

    [Fact]
    public void Parse_ReadsChain_WhenTypeIsGiven()
    {
        var chain = Assert.Single(Parse(true, ("member:Patient.family", "Smith")).Chains);
        Assert.Equal(("member", "Patient", "family", "Smith"), (chain.Parameter.Name, chain.TargetType, chain.TargetKey, chain.Value));
    }

    [Fact]
    public void Parse_TakesTheOnlyTarget_WhenChainHasNoType()
    {
        Assert.Equal("Patient", Assert.Single(Parse(true, ("member.family:exact", "Smith")).Chains).TargetType);
    }

    [Fact]
    public void Parse_KeepsTheRestOfTheChain_WhenChainIsNested()
    {
        Assert.Equal("link:Patient.family", Assert.Single(Parse(true, ("member.link:Patient.family", "x")).Chains).TargetKey);
    }

    [Theory]
    [InlineData("subject.name")]
    [InlineData("member:Location.name")]
    [InlineData("untyped.name")]
    [InlineData("name.family")]
    public void Parse_Throws400_WhenChainCannotBeResolved(string key)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(false, (key, "x"))));
    }

    [Fact]
    public void Parse_IgnoresChainWithWarning_WhenLenientAndParameterUnknown()
    {
        var query = Parse(false, ("nosuch:Patient.family", "x"));
        Assert.Empty(query.Chains);
        Assert.Single(query.Ignored);
    }

    [Fact]
    public void Parse_ReadsReverseChain_WhenHasHasModifier()
    {
        var has = Assert.Single(Parse(true, ("_has:Observation:subject:code:not", "x")).ReverseChains);
        Assert.Equal(("Observation", "subject", "code:not", "x"), (has.SourceType, has.Parameter, has.SourceKey, has.Value));
    }

    [Theory]
    [InlineData("_has:Observation:subject")]
    [InlineData("_has::subject:code")]
    public void Parse_Throws400_WhenHasIsIncomplete(string key)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(false, (key, "x"))));
    }

    [Fact]
    public void Parse_CountsChainsAsCriteria_WhenOverTheLimit()
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(false,
            ("member.name", "a"), ("member.name", "b"), ("_has:Group:member:name", "c"), ("name", "d"))));
    }

    [Theory]
    [InlineData("_include", "Group:member", false, false, "Group", "member", null)]
    [InlineData("_include:iterate", "Group:member:Patient", false, true, "Group", "member", "Patient")]
    [InlineData("_revinclude", "Group:member", true, false, "Group", "member", null)]
    [InlineData("_include", "*", false, false, "", null, null)]
    [InlineData("_include", "Group:*", false, false, "Group", null, null)]
    public void Parse_ReadsInclude_WhenWellFormed(
        string key, string value, bool reverse, bool iterate, string source, string? parameter, string? target)
    {
        var include = Assert.Single(Parse(true, (key, value)).Includes);
        Assert.Equal(new IncludeDirective(source, parameter, target, reverse, iterate), include);
    }

    [Theory]
    [InlineData("Group")]
    [InlineData("Group:member:Patient:extra")]
    [InlineData(":member")]
    public void Parse_Throws400_WhenIncludeIsMalformed(string value)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(false, ("_include", value))));
    }

    [Fact]
    public void Parse_KeepsIncludeInLinks_WhenPaging()
    {
        Assert.Contains(new KeyValuePair<string, string>("_include", "Group:member"), Parse(true, ("_include", "Group:member")).LinkParameters);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Parse_ReadsMissing_WhenSupported(string value, bool missing)
    {
        var criterion = Assert.Single(Parse(true, ("name:missing", value)).Criteria);
        Assert.Equal(new MissingValue(missing), Assert.Single(criterion.Values));
    }

    [Fact]
    public void Parse_Throws400_WhenStrictAndMissingUnsupported()
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(true, ("code:missing", "true"))));
    }

    [Fact]
    public void Parse_IgnoresMissingWithWarning_WhenLenientAndUnsupported()
    {
        var query = Parse(false, ("code:missing", "true"));
        Assert.Empty(query.Criteria);
        Assert.Single(query.Ignored);
    }

    [Fact]
    public void Parse_Throws400_WhenMissingIsNotBoolean()
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(false, ("name:missing", "yes"))));
    }

    [Fact]
    public void Parse_ReadsOfType_WhenThreePartsGiven()
    {
        var token = (TokenValue)Assert.Single(Assert.Single(Parse(true, ("identifier:of-type", "http://sys|Code|A\\|B")).Criteria).Values);
        Assert.Equal(("http://sys", "Code", "A|B"), (token.TypeSystem, token.TypeCode, token.Code));
    }

    [Theory]
    [InlineData("identifier:of-type", "Code|x")]
    [InlineData("identifier:of-type", "http://sys|Code|")]
    [InlineData("code:of-type", "http://sys|Code|x")]
    public void Parse_Throws400_WhenOfTypeIsInvalid(string key, string value)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status(() => Parse(false, (key, value))));
    }

    [Fact]
    public void Declaration_ListsTargetsInOrder_WhenReferringToSeveralTypes()
    {
        Assert.Equal(["Location", "Patient"], Declared[4].Targets);
        Assert.Equal(SearchParamType.Reference, Declared[4].Type);
    }
}
