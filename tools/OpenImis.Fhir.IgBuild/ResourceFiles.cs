using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.IgBuild;

/// <summary>Reads and writes resources as the committed JSON files, byte-identical from one build to the next.</summary>
internal static class ResourceFiles
{
    // Conformance resources go to profiles/; every other resource SUSHI emits is an example instance.
    private static readonly HashSet<string> ConformanceTypes =
    [
        "StructureDefinition", "CodeSystem", "ValueSet", "CapabilityStatement", "ImplementationGuide",
        "SearchParameter", "OperationDefinition", "ConceptMap",
    ];

    private static readonly FhirJsonDeserializer Deserializer = new();
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static bool IsConformance(Resource resource) => ConformanceTypes.Contains(resource.TypeName);

    public static string FileName(Resource resource) => GuideJson.FileName(resource);

    public static Resource Read(string path)
    {
        try
        {
            return Deserializer.DeserializeResource(File.ReadAllText(path));
        }
        catch (DeserializationFailedException ex)
        {
            throw new BuildFailedException($"{Path.GetFileName(path)} does not parse as strict R4: {ex.Message}");
        }
    }

    public static List<Resource> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read)];

    /// <summary>Pretty JSON with LF endings and a final newline, so a rebuild leaves git with nothing to show.</summary>
    public static string ToJson(Resource resource) => GuideJson.ToJson(resource);

    public static void Write(string folder, Resource resource) =>
        File.WriteAllText(Path.Combine(folder, FileName(resource)), ToJson(resource), Utf8NoBom);

    /// <summary>Deletes the generated JSON in a folder but keeps hand-written files such as README.md.</summary>
    public static void ClearJson(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            File.Delete(file);
        }
    }
}
