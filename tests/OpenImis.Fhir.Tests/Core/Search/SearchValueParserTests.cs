using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Search;

public sealed class SearchValueParserTests
{
    [Fact]
    public void Parse_GivesSystemAndCode_WhenTokenHasBoth()
    {
        var token = (TokenValue)SearchValueParser.Parse("identifier", SearchParamType.Token, null, "http://x|123");
        Assert.Equal(("http://x", "123"), (token.System, token.Code));
    }

    [Fact]
    public void Parse_GivesEmptySystem_WhenTokenStartsWithBar()
    {
        var token = (TokenValue)SearchValueParser.Parse("identifier", SearchParamType.Token, null, "|123");
        Assert.Equal((string.Empty, "123"), (token.System!, token.Code));
    }

    [Fact]
    public void Parse_GivesNullSystem_WhenTokenIsBareCode()
    {
        var token = (TokenValue)SearchValueParser.Parse("gender", SearchParamType.Token, null, "male");
        Assert.Null(token.System);
    }

    [Fact]
    public void Parse_GivesNullCode_WhenTokenEndsWithBar()
    {
        var token = (TokenValue)SearchValueParser.Parse("identifier", SearchParamType.Token, null, "http://x|");
        Assert.Null(token.Code);
    }

    [Fact]
    public void Parse_UnescapesBar_WhenTokenCodeHasEscapedBar()
    {
        var token = (TokenValue)SearchValueParser.Parse("identifier", SearchParamType.Token, null, @"a\|b");
        Assert.Equal(@"a|b", token.Code);
    }

    [Fact]
    public void Parse_Throws400_WhenTokenIsEmpty()
    {
        var ex = Assert.Throws<FhirException>(() => SearchValueParser.Parse("gender", SearchParamType.Token, null, string.Empty));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Theory]
    [InlineData("2024", "2024-01-01T00:00:00", "2025-01-01T00:00:00")]
    [InlineData("2024-02", "2024-02-01T00:00:00", "2024-03-01T00:00:00")]
    [InlineData("2024-02-29", "2024-02-29T00:00:00", "2024-03-01T00:00:00")]
    [InlineData("2024-05-17T10:30", "2024-05-17T10:30:00", "2024-05-17T10:31:00")]
    [InlineData("2024-05-17T10:30:15Z", "2024-05-17T10:30:15", "2024-05-17T10:30:16")]
    [InlineData("2024-05-17T10:30:15+02:00", "2024-05-17T08:30:15", "2024-05-17T08:30:16")]
    public void Parse_GivesPrecisionRange_WhenDateHasThatPrecision(string text, string start, string end)
    {
        var date = (DateValue)SearchValueParser.Parse("birthdate", SearchParamType.Date, null, text);
        Assert.Equal((DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (date.Start, date.End));
    }

    [Theory]
    [InlineData("ge2024", SearchPrefix.Ge)]
    [InlineData("lt2024-01", SearchPrefix.Lt)]
    [InlineData("eb2024", SearchPrefix.Eb)]
    [InlineData("sa2024", SearchPrefix.Sa)]
    [InlineData("ne2024", SearchPrefix.Ne)]
    [InlineData("ap2024", SearchPrefix.Ap)]
    [InlineData("2024", SearchPrefix.Eq)]
    public void Parse_ReadsPrefix_WhenDateIsPrefixed(string text, SearchPrefix prefix)
    {
        var date = (DateValue)SearchValueParser.Parse("birthdate", SearchParamType.Date, null, text);
        Assert.Equal(prefix, date.Prefix);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("yesterday")]
    [InlineData("xx2024")]
    [InlineData("2024-05-17T25:00")]
    [InlineData("'; DROP TABLE \"tblInsuree\"; --")]
    public void Parse_Throws400_WhenDateIsInvalid(string text)
    {
        var ex = Assert.Throws<FhirException>(() => SearchValueParser.Parse("birthdate", SearchParamType.Date, null, text));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Theory]
    [InlineData(null, StringMatch.StartsWith)]
    [InlineData("exact", StringMatch.Exact)]
    [InlineData("contains", StringMatch.Contains)]
    public void Parse_ChoosesMatch_WhenStringHasModifier(string? modifier, StringMatch match)
    {
        var value = (StringValue)SearchValueParser.Parse("family", SearchParamType.String, modifier, "Doe");
        Assert.Equal(match, value.Match);
    }

    [Fact]
    public void Parse_Throws400_WhenStringModifierIsUnknown()
    {
        var ex = Assert.Throws<FhirException>(() => SearchValueParser.Parse("family", SearchParamType.String, "sounds", "Doe"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Parse_ReadsTypeAndId_WhenReferenceIsAbsolute()
    {
        var value = (ReferenceValue)SearchValueParser.Parse("member", SearchParamType.Reference, null, "http://h/fhir/Patient/abc-1");
        Assert.Equal(("Patient", "abc-1"), (value.Type, value.Id));
    }

    [Fact]
    public void SplitAlternatives_KeepsEscapedComma_WhenValueHasOne()
    {
        Assert.Equal([@"a\,b", "c"], SearchValueParser.SplitAlternatives(@"a\,b,c"));
    }

    [Fact]
    public void Parse_GivesWholeUri_WhenUriHasNoModifier()
    {
        var uri = (UriValue)SearchValueParser.Parse("url", SearchParamType.Uri, null, "http://x/a");
        Assert.Equal(("http://x/a", false), (uri.Value, uri.Below));
    }

    [Fact]
    public void Parse_GivesBelow_WhenUriModifierIsBelow()
    {
        var uri = (UriValue)SearchValueParser.Parse("url", SearchParamType.Uri, "below", "http://x/");
        Assert.True(uri.Below);
    }

    [Fact]
    public void Parse_Throws400_WhenUriModifierIsAbove()
    {
        var ex = Assert.Throws<FhirException>(() => SearchValueParser.Parse("url", SearchParamType.Uri, "above", "http://x/"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }
}
