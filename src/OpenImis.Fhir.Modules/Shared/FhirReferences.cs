using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>Reads and writes the literal references between openIMIS resources, whose ids are UUIDs.</summary>
internal static class FhirReferences
{
    public static ResourceReference To(string resourceType, string uuid) => new($"{resourceType}/{uuid.ToLowerInvariant()}");

    /// <summary>
    /// The UUID a reference to <paramref name="resourceType"/> points at (<c>Type/id</c>, also with <c>_history</c>);
    /// null when there is no reference. The engine has already made references to this server relative, so an
    /// absolute one points at another server: linking the local resource with the same id would be wrong. Anything
    /// else is a 422 naming <paramref name="element"/>.
    /// </summary>
    public static string? IdOf(ResourceReference? reference, string resourceType, string element)
    {
        if (reference?.Reference is not { Length: > 0 } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            throw FhirException.Unprocessable(
                $"{element}: '{text}' refers to a {resourceType} on another server; openIMIS links only its own resources ({resourceType}/<openIMIS UUID>).", element);
        }

        var parts = text.Split('/');
        if (parts.Length is 2 or 4 && parts[0] == resourceType && Guid.TryParse(parts[1], out _) && (parts.Length == 2 || parts[2] == "_history"))
        {
            return parts[1];
        }

        throw FhirException.Unprocessable(
            $"{element}: '{text}' is not a reference to a {resourceType}; expected {resourceType}/<openIMIS UUID>.", element);
    }
}
