using System.Reflection;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// The guide's own SearchParameters, plus one SearchParameter resource per other definition URL that a handler
/// declares, generated from the same declarations the searches run on and the CapabilityStatement lists, so neither
/// can drift from the other. Parameters that share a definition (<c>_id</c> on every type) make one resource with
/// several bases. A definition the guide holds is served as the guide has it, so its canonical URL answers with one
/// resource only.
/// </summary>
internal sealed partial class SearchParameterCatalog(CapabilityStatementBuilder capabilities, ConformanceStore conformance)
{
    private readonly Lazy<IReadOnlyList<SearchParameter>> _all = new(() => Build(capabilities.Resources, conformance));

    public IReadOnlyList<SearchParameter> All => _all.Value;

    private static List<SearchParameter> Build(IReadOnlyList<ResourceCapability> resources, ConformanceStore conformance)
    {
        var guide = conformance.All<SearchParameter>().ToList();
        var generated = resources
            .SelectMany(r => r.SearchParameters.Select(p => (Type: r.ResourceType, Parameter: p)))
            .Where(d => conformance.FindByUrl(d.Parameter.Definition) is not SearchParameter)
            .GroupBy(d => d.Parameter.Definition, StringComparer.Ordinal)
            .Select(g => ToResource(g.Key, [.. g]));
        return [.. guide.Concat(generated).OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    private static SearchParameter ToResource(string definition, IReadOnlyList<(string Type, ISearchParameter Parameter)> declarations)
    {
        var first = declarations[0].Parameter;
        var bases = declarations.Select(d => d.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // One base: <Type>-<code>, as asked; shared: the definition's own name (Resource-id, conformance-url).
        var id = bases.Count == 1 ? $"{bases[0]}-{first.Name}" : definition[(definition.LastIndexOf('/') + 1)..];
        return new SearchParameter
        {
            Id = SafeId(id),
            Url = definition,
            Version = ServerVersion,
            Name = ComputableName(id),
            Status = PublicationStatus.Active,
            Description = first.Description,
            Code = first.Name,
            Base = bases.Select(b => EnumUtility.ParseLiteral<ResourceType>(b)).ToList(),
            Type = first.Type,
            Expression = string.Join(" | ", declarations.Select(d => d.Parameter.Expression).Distinct(StringComparer.Ordinal)),
        };
    }

    private static string ServerVersion =>
        typeof(SearchParameterCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    // SearchParameter.name must start with a capital and hold only letters, digits and '_' (spd-0, a warning), which
    // the codes ('family', '_id') do not: Patient-family becomes PatientFamily, Resource-id ResourceId.
    private static string ComputableName(string id) =>
        string.Concat(NotNameCharacter().Split(id).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    // A FHIR id allows letters, digits, '-' and '.': '_id' becomes 'id'.
    private static string SafeId(string id)
    {
        var safe = NotIdCharacter().Replace(id, string.Empty);
        return safe.Length <= 64 ? safe : safe[..64];
    }

    [GeneratedRegex(@"[^A-Za-z0-9\-\.]")]
    private static partial Regex NotIdCharacter();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NotNameCharacter();
}
