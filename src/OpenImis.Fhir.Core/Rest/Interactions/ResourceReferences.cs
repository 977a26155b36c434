using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>The references inside a resource (nested elements and contained resources included), and their rewriting.</summary>
public static class ResourceReferences
{
    /// <summary>Every Reference element of the resource, in document order.</summary>
    public static IEnumerable<ResourceReference> All(Resource resource) =>
        ElementWalker.Descendants(resource).Select(e => e.Node).OfType<ResourceReference>();

    /// <summary>
    /// Makes references to this server relative (<c>{base}/Group/x</c> becomes <c>Group/x</c>). A reference to another
    /// server stays absolute, so that a mapper that links only relative references refuses it rather than linking the
    /// local resource that happens to have the same id.
    /// </summary>
    public static void MakeLocal(Resource resource, string baseUrl)
    {
        var prefix = baseUrl.TrimEnd('/') + "/";
        foreach (var reference in All(resource))
        {
            if (reference.Reference is { } text && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                reference.Reference = text[prefix.Length..];
            }
        }
    }
}
