using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;

namespace OpenImis.Fhir.Tests.Core.Formatting;

/// <summary>Bodies Firely reads without complaint but that are not the resource they seem, refused with a 400 naming why.</summary>
public sealed class FhirSerializationRefusalTests
{
    private readonly FhirSerialization _serialization = new();

    private FhirException Refusal(string body, FhirFormat format) =>
        Assert.Throws<FhirException>(() => _serialization.Parse(body, format));

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"gender\":\"male\"} xyz")]
    [InlineData("{\"resourceType\":\"Patient\",\"gender\":\"male\"}{\"resourceType\":\"Patient\"}")]
    [InlineData("{\"resourceType\":\"Patient\",\"gender\":\"male\"}]")]
    public void Parse_Throws400_WhenJsonHasTrailingContent(string body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Refusal(body, FhirFormat.Json).Status);
    }

    [Fact]
    public void Parse_ReadsJson_WhenOnlyWhitespaceAndCommentsFollow()
    {
        Assert.IsType<Patient>(_serialization.Parse("{\"resourceType\":\"Patient\",\"gender\":\"male\"} \n /* end */ ", FhirFormat.Json));
    }

    [Theory]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/></Patient> xyz")]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/></Patient><Patient xmlns=\"http://hl7.org/fhir\"/>")]
    public void Parse_Throws400_WhenXmlHasTrailingContent(string body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Refusal(body, FhirFormat.Xml).Status);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"patient\",\"gender\":\"male\"}", "'patient'")]
    [InlineData("{\"resourceType\":\"PATIENT\",\"gender\":\"male\"}", "'PATIENT'")]
    [InlineData("{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"group\",\"id\":\"g\",\"type\":\"person\",\"actual\":true}]}", "'group'")]
    public void Parse_NamesTheType_WhenJsonResourceTypeIsInAnotherCase(string body, string named)
    {
        Assert.Contains(named, Refusal(body, FhirFormat.Json).Outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/></patient>", "'patient'")]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><contained><group><id value=\"g\"/><type value=\"person\"/><actual value=\"true\"/></group></contained></Patient>", "'group'")]
    [InlineData("<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><entry><resource><patient/></resource></entry></Bundle>", "'patient'")]
    public void Parse_NamesTheType_WhenXmlResourceElementIsInAnotherCase(string body, string named)
    {
        Assert.Contains(named, Refusal(body, FhirFormat.Xml).Outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsXml_WhenAnElementSharesAResourceNameInLowerCase()
    {
        // Claim.patient is an element, not a resource: only resource positions are held to the type names.
        const string body = "<Claim xmlns=\"http://hl7.org/fhir\"><status value=\"active\"/><use value=\"claim\"/>" +
            "<patient><reference value=\"Patient/1\"/></patient></Claim>";
        Assert.IsType<Claim>(_serialization.ParseForValidation(body, FhirFormat.Xml).Resource);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"a\\u0000b\"}]}", "Patient.name[0].family")]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"id\":\"n\\u0000\",\"family\":\"a\"}]}", "Patient.name[0].id")]
    [InlineData("{\"resourceType\":\"Patient\",\"contact\":[{\"name\":{\"given\":[\"x\",\"\\u0000\"]}}]}", "Patient.contact[0].name.given[1]")]
    [InlineData("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">a\\u0000</div>\"}}", "Patient.text.div")]
    public void Parse_NamesTheElement_WhenAJsonStringHoldsNul(string body, string element)
    {
        var issue = Refusal(body, FhirFormat.Json).Outcome.Issue.Single();
        Assert.Equal([element], issue.Expression);
    }

    [Theory]
    [InlineData("\\u0001")]
    [InlineData("\\u001f")]
    [InlineData("\\uffff")]
    public void Parse_Throws400_WhenAJsonStringHoldsACharacterXmlCannotCarry(string escape)
    {
        var body = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"a" + escape + "b\"}]}";
        Assert.Equal(HttpStatusCode.BadRequest, Refusal(body, FhirFormat.Json).Status);
    }

    [Fact]
    public void Parse_KeepsTabsNewlinesAndAstralCharacters_WhenJsonStringsHoldThem()
    {
        var patient = (Patient)_serialization.Parse("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"a\\tb\\r\\nc \\ud83d\\ude00\"}]}", FhirFormat.Json);
        Assert.Equal("a\tb\r\nc \U0001F600", patient.Name[0].Family);
    }

    [Theory]
    [InlineData("&#0;")]
    [InlineData("&#x0;")]
    [InlineData("&#1;")]
    public void Parse_Throws400_WhenXmlHoldsAnIllegalCharacterReference(string reference)
    {
        var body = "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"a" + reference + "b\"/></name></Patient>";
        Assert.Equal(HttpStatusCode.BadRequest, Refusal(body, FhirFormat.Xml).Status);
    }

    [Fact]
    public void ParseForValidation_ReportsNulAsAnIssue_WhenTheResourceWasRead()
    {
        var (_, issues) = _serialization.ParseForValidation("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"a\\u0000\"}]}", FhirFormat.Json);
        Assert.Equal(["Patient.name[0].family"], issues.Single().Expression);
    }
}
