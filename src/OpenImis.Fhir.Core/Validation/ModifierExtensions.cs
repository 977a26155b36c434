using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// A modifier extension changes the meaning of the element that carries it, so FHIR requires a server to refuse a
/// resource carrying one it does not understand rather than store it as if it meant what it says without it.
/// </summary>
public static class ModifierExtensions
{
    /// <summary>
    /// Every modifier extension in <paramref name="resource"/> (contained resources and nested backbone elements
    /// included) whose URL is not in <paramref name="understood"/>, in document order.
    /// </summary>
    public static IReadOnlyList<UnknownModifierExtension> FindUnknown(Resource resource, IReadOnlySet<string> understood) =>
        ElementWalker.Descendants(resource)
            .Where(e => e is { Name: "modifierExtension", Node: Extension })
            .Select(e => new UnknownModifierExtension(e.Path, ((Extension)e.Node).Url))
            .Where(e => e.Url is null || !understood.Contains(e.Url))
            .ToList();

    /// <summary>
    /// Throws a 422 <see cref="FhirException"/> (issue type not-supported) listing every modifier extension of
    /// <paramref name="resource"/> whose URL is not in <paramref name="understood"/>; returns when there is none.
    /// </summary>
    public static void ThrowIfUnknown(Resource resource, IReadOnlySet<string> understood)
    {
        var unknown = FindUnknown(resource, understood);
        if (unknown.Count == 0)
        {
            return;
        }

        var outcome = new OperationOutcome
        {
            Issue = unknown.Select(u => Outcomes.Issue(
                    OperationOutcome.IssueSeverity.Error,
                    OperationOutcome.IssueType.NotSupported,
                    u.Url is null
                        ? $"{u.Path} is a modifier extension without a URL; the server cannot know what it changes."
                        : $"{u.Path} is the modifier extension '{u.Url}', which this server does not understand, so it cannot process the resource.",
                    u.Path))
                .ToList(),
        };
        throw new FhirException(HttpStatusCode.UnprocessableEntity, outcome);
    }
}
