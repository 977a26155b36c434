using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Tests.Core.Rest;

public sealed class OperationParametersTests
{
    private static OperationParameters Query(params (string Key, string Value)[] pairs) =>
        OperationParameters.FromQuery(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));

    private static OperationParameters Body(string name, DataType value)
    {
        var parameters = new Parameters();
        parameters.Add(name, value);
        return OperationParameters.FromResource(parameters);
    }

    [Fact]
    public void Text_GivesTheValue_WhenQueryHasIt()
    {
        Assert.Equal("D", Query(("code", "D")).Text("code"));
    }

    [Fact]
    public void Text_GivesTheUri_WhenParametersHoldAUri()
    {
        Assert.Equal("http://x/cs", Body("system", new FhirUri("http://x/cs")).Text("system"));
    }

    [Fact]
    public void Text_IgnoresFormatParameters_WhenQueryHasThem()
    {
        Assert.False(Query(("_format", "json")).Has("_format"));
    }

    [Fact]
    public void Text_Throws400_WhenParameterIsRepeated()
    {
        var ex = Assert.Throws<FhirException>(() => Query(("code", "a"), ("code", "b")).Text("code"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Text_Throws400_WhenValueIsNotPrimitive()
    {
        var ex = Assert.Throws<FhirException>(() => Body("code", new Coding("s", "c")).Text("code"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void RequiredText_Throws400_WhenParameterIsAbsent()
    {
        var ex = Assert.Throws<FhirException>(() => Query().RequiredText("code"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Count_GivesTheNumber_WhenParametersHoldAnInteger()
    {
        Assert.Equal(5, Body("count", new Integer(5)).Count("count"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    public void Count_Throws400_WhenValueIsNoWholeNumber(string value)
    {
        var ex = Assert.Throws<FhirException>(() => Query(("count", value)).Count("count"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Boolean_GivesTrue_WhenParametersHoldTrue()
    {
        Assert.True(Body("reverse", new FhirBoolean(true)).Boolean("reverse"));
    }

    [Fact]
    public void Boolean_Throws400_WhenValueIsNotABoolean()
    {
        var ex = Assert.Throws<FhirException>(() => Query(("reverse", "yes")).Boolean("reverse"));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Coding_GivesTheCoding_WhenParametersHoldOne()
    {
        Assert.Equal("c", Body("coding", new Coding("s", "c")).Coding("coding")?.Code);
    }

    [Fact]
    public void Resource_GivesTheResource_WhenParametersHoldOne()
    {
        var parameters = new Parameters();
        parameters.Add("resource", new Patient { Id = "p" });
        Assert.Equal("p", OperationParameters.FromResource(parameters).Resource("resource")?.Id);
    }

    [Fact]
    public void Concat_KeepsBothSources_WhenQueryAndBodyAreJoined()
    {
        var input = Query(("mode", "create")).Concat(Body("profile", new FhirUri("http://p")));
        Assert.Equal(("create", "http://p"), (input.Text("mode"), input.Text("profile")));
    }
}
