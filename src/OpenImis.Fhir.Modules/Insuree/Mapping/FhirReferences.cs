using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>Reads and writes the literal references between openIMIS resources, whose ids are UUIDs.</summary>
internal static class FhirReferences
{
    public static ResourceReference To(string resourceType, string uuid) => new($"{resourceType}/{uuid.ToLowerInvariant()}");

    /// <summary>
    /// The UUID a reference to <paramref name="resourceType"/> points at (<c>Type/id</c>, also absolute or with
    /// <c>_history</c>); null when there is no reference. Anything else is a 422 naming <paramref name="element"/>.
    /// </summary>
    public static string? IdOf(ResourceReference? reference, string resourceType, string element)
    {
        if (reference?.Reference is not { Length: > 0 } text)
        {
            return null;
        }

        var parts = text.Split('/');
        var at = Array.LastIndexOf(parts, resourceType);
        if (at >= 0 && at + 1 < parts.Length && Guid.TryParse(parts[at + 1], out _))
        {
            return parts[at + 1];
        }

        throw FhirException.Unprocessable(
            $"{element}: '{text}' is not a reference to a {resourceType}; expected {resourceType}/<openIMIS UUID>.", element);
    }
}
