using OpenImis.Fhir.Core.Rest.Patch;

namespace OpenImis.Fhir.Tests.Core.Rest.Patch;

public sealed class JsonPointerTests
{
    [Fact]
    public void Parse_SplitsTokens_WhenPointerHasSeveral()
    {
        Assert.Equal(["name", "0", "given"], JsonPointer.Parse("/name/0/given")!.Tokens);
    }

    [Fact]
    public void Parse_GivesTheRoot_WhenPointerIsEmpty()
    {
        Assert.True(JsonPointer.Parse("")!.IsRoot);
    }

    [Fact]
    public void Parse_UnescapesSlashAndTilde_WhenTokenHasEscapes()
    {
        Assert.Equal(["a/b", "c~d"], JsonPointer.Parse("/a~1b/c~0d")!.Tokens);
    }

    [Fact]
    public void Parse_ReadsTildeOne_WhenEscapeIsTildeZeroOne()
    {
        Assert.Equal(["~1"], JsonPointer.Parse("/~01")!.Tokens);
    }

    [Fact]
    public void Parse_KeepsAnEmptyToken_WhenPointerEndsWithSlash()
    {
        Assert.Equal(["name", ""], JsonPointer.Parse("/name/")!.Tokens);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("/name~2")]
    [InlineData("/name~")]
    public void Parse_GivesNull_WhenTextIsNoPointer(string text)
    {
        Assert.Null(JsonPointer.Parse(text));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-1")]
    [InlineData("2")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void ArrayIndex_GivesNull_WhenTokenIsNoIndexBelowTheLimit(string token)
    {
        Assert.Null(JsonPointer.ArrayIndex(token, 2));
    }

    [Fact]
    public void ArrayIndex_GivesTheIndex_WhenTokenIsBelowTheLimit()
    {
        Assert.Equal(1, JsonPointer.ArrayIndex("1", 2));
    }

    [Fact]
    public void ToFhirPath_WritesIndexesInBrackets_WhenPointerHasIndexes()
    {
        Assert.Equal("Patient.name[0].given[-]", JsonPointer.Parse("/name/0/given/-")!.ToFhirPath("Patient"));
    }

    [Fact]
    public void IsProperPrefixOf_IsTrue_WhenOtherIsAChild()
    {
        Assert.True(JsonPointer.Parse("/name/0")!.IsProperPrefixOf(JsonPointer.Parse("/name/0/given")!));
    }

    [Fact]
    public void IsProperPrefixOf_IsFalse_WhenPointersAreEqual()
    {
        Assert.False(JsonPointer.Parse("/name")!.IsProperPrefixOf(JsonPointer.Parse("/name")!));
    }
}
