using System.Collections.Frozen;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>
/// Resource type names as they are spelled. Firely looks types up ignoring case, so <c>"patient"</c> would be read as
/// a Patient; FHIR names are case-sensitive, and a body that misspells one is refused before Firely reads it.
/// </summary>
internal static class ResourceTypeNames
{
    private static readonly FrozenDictionary<string, string> ByAnyCase =
        ModelInfo.SupportedResources.ToFrozenDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

    /// <summary>The XML elements that hold a resource (<c>contained</c>, <c>resource</c>, <c>outcome</c>), from the model.</summary>
    public static FrozenSet<string> Containers { get; } = ModelInfo.ModelInspector.ClassMappings
        .SelectMany(c => c.PropertyMappings)
        .Where(p => p.Choice == ChoiceType.ResourceChoice)
        .Select(p => p.Name)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Throws a 400 when <paramref name="name"/> is a resource type spelled in another case.</summary>
    public static void CheckCase(string name)
    {
        if (ByAnyCase.TryGetValue(name, out var spelled) && !string.Equals(spelled, name, StringComparison.Ordinal))
        {
            throw FhirException.BadRequest(
                $"'{name}' is not a FHIR resource type: type names are case-sensitive; did you mean '{spelled}'?");
        }
    }
}
