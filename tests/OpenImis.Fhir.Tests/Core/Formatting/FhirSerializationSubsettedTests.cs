using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Formatting;

namespace OpenImis.Fhir.Tests.Core.Formatting;

/// <summary>A subset carries one SUBSETTED tag, under the R4 code system; a whole resource carries none.</summary>
public sealed class FhirSerializationSubsettedTests
{
    private const string R4System = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    private static readonly FhirJsonDeserializer Json = new();
    private static readonly FhirXmlDeserializer Xml = new();
    private readonly FhirSerialization _serialization = new();

    public static TheoryData<FhirFormat, SummaryType, string?> Subsets() => new()
    {
        { FhirFormat.Json, SummaryType.True, null },
        { FhirFormat.Json, SummaryType.Data, null },
        { FhirFormat.Json, SummaryType.Text, null },
        { FhirFormat.Json, SummaryType.False, "id,meta,name" },
        { FhirFormat.Xml, SummaryType.True, null },
        { FhirFormat.Xml, SummaryType.Data, null },
        { FhirFormat.Xml, SummaryType.Text, null },
        { FhirFormat.Xml, SummaryType.False, "id,meta,name" },
    };

    private Resource RoundTrip(string name, FhirFormat format, SummaryType summary, string? elements)
    {
        var text = Encoding.UTF8.GetString(_serialization.Serialize(SampleResources.Create(name), format, summary, elements?.Split(','), false));
        return format == FhirFormat.Json ? Json.DeserializeResource(text) : Xml.DeserializeResource(text);
    }

    private static IEnumerable<Coding> SubsettedTags(Resource resource) => resource.Meta?.Tag.Where(t => t.Code == "SUBSETTED") ?? [];

    [Theory]
    [MemberData(nameof(Subsets))]
    public void Serialize_TagsASubsetOnce_WhenSummaryOrElementsAreAsked(FhirFormat format, SummaryType summary, string? elements)
    {
        var tag = Assert.Single(SubsettedTags(RoundTrip("Patient", format, summary, elements)));
        Assert.Equal(R4System, tag.System);
    }

    [Theory]
    [MemberData(nameof(Subsets))]
    public void Serialize_TagsEachBundleEntryOnce_WhenSummaryOrElementsAreAsked(FhirFormat format, SummaryType summary, string? elements)
    {
        var bundle = (Bundle)RoundTrip("Bundle", format, summary, elements);
        Assert.All(bundle.Entry, e => Assert.Equal([R4System], SubsettedTags(e.Resource).Select(t => t.System)));
    }

    [Theory]
    [InlineData(FhirFormat.Json)]
    [InlineData(FhirFormat.Xml)]
    public void Serialize_DoesNotTag_WhenTheWholeResourceIsAsked(FhirFormat format)
    {
        Assert.Empty(SubsettedTags(RoundTrip("Patient", format, SummaryType.False, null)));
    }

    [Fact]
    public void Serialize_LeavesTheResourceUntouched_WhenWritingASubset()
    {
        var patient = SampleResources.Create("Patient");
        _serialization.Serialize(patient, FhirFormat.Json, SummaryType.True, null, false);
        Assert.Empty(patient.Meta.Tag);
    }
}
