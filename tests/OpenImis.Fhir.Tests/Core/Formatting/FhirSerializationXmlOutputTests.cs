using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Formatting;

namespace OpenImis.Fhir.Tests.Core.Formatting;

/// <summary>What the server writes as XML is FHIR XML: Firely's parser and the server's own read it back.</summary>
public sealed class FhirSerializationXmlOutputTests
{
    private static readonly FhirXmlDeserializer Firely = new();
    private readonly FhirSerialization _serialization = new();

    public static TheoryData<string, SummaryType, string?, bool> Shapes()
    {
        var data = new TheoryData<string, SummaryType, string?, bool>();
        foreach (var resource in SampleResources.Names)
        {
            foreach (var pretty in new[] { false, true })
            {
                data.Add(resource, SummaryType.False, null, pretty);
                data.Add(resource, SummaryType.True, null, pretty);
                data.Add(resource, SummaryType.Data, null, pretty);
                data.Add(resource, SummaryType.Text, null, pretty);
                data.Add(resource, SummaryType.False, "id,meta,name,status", pretty);
            }
        }

        return data;
    }

    private string Xml(string resource, SummaryType summary, string? elements, bool pretty) =>
        Encoding.UTF8.GetString(_serialization.Serialize(SampleResources.Create(resource), FhirFormat.Xml, summary, elements?.Split(','), pretty));

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Serialize_WritesXmlFirelyReadsAsTheSameType_WhenShaped(string resource, SummaryType summary, string? elements, bool pretty)
    {
        var parsed = Firely.DeserializeResource(Xml(resource, summary, elements, pretty));
        Assert.Equal(resource, parsed.TypeName);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Serialize_WritesXmlTheServerParsesBack_WhenShaped(string resource, SummaryType summary, string? elements, bool pretty)
    {
        var (parsed, _) = _serialization.ParseForValidation(Xml(resource, summary, elements, pretty), FhirFormat.Xml);
        Assert.Equal(resource, parsed.TypeName);
    }

    [Theory]
    [InlineData("Patient")]
    [InlineData("Group")]
    [InlineData("Bundle")]
    [InlineData("OperationOutcome")]
    [InlineData("CapabilityStatement")]
    public void Serialize_WritesXmlThatReadsBackEqual_WhenWhole(string resource)
    {
        var original = SampleResources.Create(resource);
        var parsed = _serialization.Parse(Xml(resource, SummaryType.False, null, false), FhirFormat.Xml);
        Assert.True(original.IsExactly(parsed));
    }

    [Fact]
    public void Serialize_KeepsNestedResources_WhenBundleIsWrittenAsXml()
    {
        var bundle = (Bundle)Firely.DeserializeResource(Xml("Bundle", SummaryType.False, null, true));
        Assert.Equal(["Patient", "Group", "OperationOutcome"], bundle.Entry.Select(e => e.Resource.TypeName));
    }

    [Fact]
    public void Serialize_IndentsXml_OnlyWhenPretty()
    {
        Assert.DoesNotContain('\n', Xml("Patient", SummaryType.False, null, false));
    }
}
