using System.Globalization;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

/// <summary>Evaluates the FHIRPath of a mapping table on a resource and gives the primitive values as text.</summary>
internal static class FhirValues
{
    private const string IgStructureDefinitions = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/";

    public static IReadOnlyList<string> Select(Resource resource, string element) =>
        resource.Select(element.Replace("%ig/", IgStructureDefinitions, StringComparison.Ordinal))
            .Select(Text)
            .ToList();

    // JsonValue is the value as FHIR JSON writes it: code literals, base64 text.
    private static string Text(Base? value) => value switch
    {
        FhirBoolean flag => flag.Value == true ? "true" : "false",
        PrimitiveType primitive => System.Convert.ToString(primitive.JsonValue, CultureInfo.InvariantCulture) ?? string.Empty,
        null => string.Empty,
        _ => value.TypeName,
    };
}
