using System.Diagnostics;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;

namespace OpenImis.Fhir.Tests.Core.Formatting;

/// <summary>Bodies that would exhaust the parser are refused by their structure, quickly, with a 400.</summary>
public sealed class FhirSerializationLimitsTests
{
    private readonly FhirSerialization _serialization = new();

    private HttpStatusCode StatusOf(string body, FhirFormat format, long maxCharacters = 1024 * 1024) =>
        Assert.Throws<FhirException>(() => _serialization.Parse(body, format, maxCharacters)).Status;

    [Fact]
    public void Parse_Throws400_WhenXmlIsTenThousandLevelsDeep()
    {
        Assert.Equal(HttpStatusCode.BadRequest, StatusOf(HostileBodies.DeepXml(10_000), FhirFormat.Xml));
    }

    [Fact]
    public void Parse_RefusesInUnderASecond_WhenXmlIsTwoThousandLevelsOfUnknownElements()
    {
        // Firely alone takes about 30 s over this body: each level adds an error whose path names every level.
        var body = HostileBodies.DeepXml(2_000, "foo");
        var clock = Stopwatch.StartNew();
        Assert.Throws<FhirException>(() => _serialization.Parse(body, FhirFormat.Xml));
        Assert.InRange(clock.ElapsedMilliseconds, 0, 1_000);
    }

    [Fact]
    public void Parse_NamesTheDepthLimit_WhenXmlIsSixtyFiveLevelsDeep()
    {
        var ex = Assert.Throws<FhirException>(() => _serialization.Parse(HostileBodies.DeepXml(65), FhirFormat.Xml));
        Assert.Contains("more than 64 levels", ex.Outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsXml_WhenItIsSixtyFourLevelsDeep()
    {
        var patient = (Patient)_serialization.Parse(HostileBodies.DeepXml(64), FhirFormat.Xml);
        Assert.Single(patient.Extension);
    }

    [Fact]
    public void Parse_ReadsJson_WhenItIsSixtyFourContainersDeep()
    {
        // The root object, then 31 levels of extension of two containers each: 63.
        var patient = (Patient)_serialization.Parse(HostileBodies.DeepJson(31), FhirFormat.Json);
        Assert.Single(patient.Extension);
    }

    [Fact]
    public void Parse_Throws400_WhenJsonIsDeeperThanSixtyFour()
    {
        Assert.Equal(HttpStatusCode.BadRequest, StatusOf(HostileBodies.DeepJson(32), FhirFormat.Json));
    }

    [Fact]
    public void Parse_Throws400_WhenXmlDeclaresEntities()
    {
        Assert.Equal(HttpStatusCode.BadRequest, StatusOf(HostileBodies.Billion, FhirFormat.Xml));
    }

    [Fact]
    public void Parse_Throws400_WhenXmlReferencesAnExternalEntity()
    {
        const string body = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" +
            "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"&e;\"/></Patient>";
        Assert.Equal(HttpStatusCode.BadRequest, StatusOf(body, FhirFormat.Xml));
    }

    [Theory]
    [InlineData(FhirFormat.Json, "{\"resourceType\":\"Patient\",\"gender\":\"male\"}")]
    [InlineData(FhirFormat.Xml, "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/></Patient>")]
    public void Parse_Throws413_WhenBodyIsLongerThanTheLimit(FhirFormat format, string body)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, StatusOf(body, format, body.Length - 1));
    }

    [Fact]
    public void Parse_ReadsXml_WhenNamedEntitiesLengthenItPastTheLimit()
    {
        // &lt; is read as &#60;: one character more each, which must not count against the body as sent.
        var body = "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"" + string.Concat(Enumerable.Repeat("&lt;", 50)) + "\"/></name></Patient>";
        var patient = (Patient)_serialization.Parse(body, FhirFormat.Xml, body.Length);
        Assert.Equal(new string('<', 50), patient.Name[0].Family);
    }

    [Fact]
    public void Parse_ReadsHtmlEntities_WhenNarrativeUsesThem()
    {
        const string body = "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>" +
            "<div xmlns=\"http://www.w3.org/1999/xhtml\">a&nbsp;b</div></text></Patient>";
        var patient = (Patient)_serialization.Parse(body, FhirFormat.Xml);
        Assert.Contains("\u00A0", patient.Text.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListsAHundredIssuesAndCountsTheRest_WhenTheParserFindsMore()
    {
        var body = "<Patient xmlns=\"http://hl7.org/fhir\">" + string.Concat(Enumerable.Range(0, 150).Select(i => $"<unknown{i} value=\"44\"/>")) + "</Patient>";
        var issues = Assert.Throws<FhirException>(() => _serialization.Parse(body, FhirFormat.Xml)).Outcome.Issue;
        Assert.Equal(101, issues.Count);
    }
}
