using OpenImis.Fhir.Core.Search;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// What the CapabilityStatement says about following references, derived from the declared reference parameters:
/// <c>searchInclude</c>, <c>searchRevInclude</c>, and the chaining and modifiers each parameter accepts.
/// </summary>
internal static class SearchIncludes
{
    /// <summary><c>Type:parameter</c> for each reference parameter of the type, and <c>*</c> when it has any.</summary>
    public static List<string> For(ResourceCapability capability)
    {
        var own = References(capability).Select(p => $"{capability.ResourceType}:{p.Name}").ToList();
        return own.Count == 0 ? own : ["*", .. own];
    }

    /// <summary><c>Source:parameter</c> for each served type's reference parameter that points at this type.</summary>
    public static List<string> ReverseFor(ResourceCapability capability, IReadOnlyList<ResourceCapability> all) =>
        all.SelectMany(source => References(source)
                .Where(p => p.Targets.Contains(capability.ResourceType, StringComparer.Ordinal))
                .Select(p => $"{source.ResourceType}:{p.Name}"))
            .ToList();

    /// <summary>The description, with what the parameter accepts beyond plain values.</summary>
    public static string Document(ISearchParameter parameter)
    {
        var notes = new List<string> { parameter.Description + "." };
        if (parameter.Type == SearchParamType.Reference && parameter.Targets.Count > 0)
        {
            var target = parameter.Targets[0];
            notes.Add($"Chaining: {parameter.Name}:{target}.<parameter of {target}>=value"
                + (parameter.Targets.Count == 1 ? $" or {parameter.Name}.<parameter>=value" : string.Empty)
                + $"; reverse chaining: _has:<this type>:{parameter.Name}:<parameter>=value on {string.Join(", ", parameter.Targets)}.");
        }

        if (parameter.SupportsMissing)
        {
            notes.Add(":missing supported.");
        }

        if (parameter.Type == SearchParamType.Token)
        {
            notes.Add(parameter.SupportsOfType ? ":not and :of-type supported." : ":not supported.");
        }

        if (parameter.Type == SearchParamType.String)
        {
            notes.Add(":exact and :contains supported.");
        }

        return string.Join(" ", notes);
    }

    private static IEnumerable<ISearchParameter> References(ResourceCapability capability) =>
        capability.SearchParameters.Where(p => p.Type == SearchParamType.Reference);
}
