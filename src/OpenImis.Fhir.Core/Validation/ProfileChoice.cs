using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// The one rule for the profiles a resource is checked against, on write and in <c>$validate</c>: the profile asked
/// for, else the profiles the resource claims that the type's handler serves, else the handler's own; for a type no
/// handler serves, the profiles the resource claims, else the core type.
/// </summary>
public static class ProfileChoice
{
    /// <summary>The canonical URLs to validate <paramref name="resource"/> against.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="requested">The <c>profile</c> parameter of <c>$validate</c>, if any.</param>
    /// <param name="served">The profiles the type's handler serves, the one it claims first; empty when no handler serves the type.</param>
    public static IReadOnlyList<string> For(Resource resource, string? requested, IReadOnlyList<string> served)
    {
        if (requested is not null)
        {
            return [requested];
        }

        var claimed = resource.Meta?.Profile.OfType<string>().Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (served.Count > 0)
        {
            var claimedServed = claimed.Where(served.Contains).ToList();
            return claimedServed.Count > 0 ? claimedServed : [served[0]];
        }

        return claimed.Count > 0 ? claimed : [$"http://hl7.org/fhir/StructureDefinition/{resource.TypeName}"];
    }
}
