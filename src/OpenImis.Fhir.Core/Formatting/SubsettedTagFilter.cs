using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>
/// Firely's summary and element filters, with one SUBSETTED tag per resource instead of two. Whenever a filter is in
/// use, Firely's serializers clone the resource and tag every resource in it SUBSETTED twice: under the R4 system
/// and under the STU3 one (<c>http://hl7.org/fhir/v3/ObservationValue</c>). This filter removes the STU3 tag from the
/// clone's meta as the serializer enters it, so that the output carries the R4 tag alone.
/// </summary>
internal sealed class SubsettedTagFilter(SerializationFilter inner) : SerializationFilter
{
    /// <summary>The system of the SUBSETTED tag in R4.</summary>
    public const string System = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    private const string Stu3System = "http://hl7.org/fhir/v3/ObservationValue";

    /// <summary>The filter factory for a <c>_summary</c> and <c>_elements</c>; null when the whole resource is asked for.</summary>
    public static Func<SerializationFilter>? Factory(SummaryType summary, string[]? elements)
    {
        // Mandatory elements stay in an _elements subset, as FHIR asks servers to return them.
        if (summary.GetSerializationFilter(elements, includeMandatoryInElementsSummary: true) is null)
        {
            return null;
        }

        return () => new SubsettedTagFilter(summary.GetSerializationFilter(elements, includeMandatoryInElementsSummary: true)!);
    }

    public override void EnterObject(object value, ClassMapping? mapping)
    {
        if (value is Meta meta)
        {
            meta.Tag.RemoveAll(t => t.System == Stu3System && t.Code == "SUBSETTED");
        }

        inner.EnterObject(value, mapping);
    }

    public override bool TryEnterMember(string name, object value, PropertyMapping? mapping) => inner.TryEnterMember(name, value, mapping);

    public override void LeaveMember(string name, object value, PropertyMapping? mapping) => inner.LeaveMember(name, value, mapping);

    public override void LeaveObject(object value, ClassMapping? mapping) => inner.LeaveObject(value, mapping);
}
