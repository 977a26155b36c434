using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>
/// How the guide's resources are written as files, in <c>profiles/</c>, in the package and on the site: one file per
/// resource named <c>Type-id.json</c>, pretty JSON with LF endings and a final newline, the same bytes every time.
/// </summary>
public static class GuideJson
{
    private static readonly FhirJsonSerializer Serializer = new();

    /// <summary>The file name of a resource: <c>StructureDefinition-openimis-patient.json</c>.</summary>
    public static string FileName(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return $"{resource.TypeName}-{resource.Id}.json";
    }

    /// <summary>The resource as the guide's files hold it.</summary>
    public static string ToJson(Resource resource) =>
        Serializer.SerializeToString(resource, pretty: true).ReplaceLineEndings("\n") + "\n";
}
