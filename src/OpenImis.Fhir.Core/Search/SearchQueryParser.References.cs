using OpenImis.Fhir.Core.Errors;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace OpenImis.Fhir.Core.Search;

/// <summary>The parameters that follow references: <c>_include</c>, <c>_revinclude</c>, chains and <c>_has</c>.</summary>
public static partial class SearchQueryParser
{
    private const string Has = "_has:";

    // Only the syntax and the searched type's own parameters are checked here; the other types' parameters are known
    // to the engine, which resolves chains, _has and includes through the handler registry.
    private static bool TryParseReferencePart(
        string key, string value, Dictionary<string, ISearchParameter> byName, SearchOptions options, bool strict,
        ReferenceParts parts, int criteriaCount, List<string> ignored)
    {
        switch (key)
        {
            case "_include" or "_include:iterate" or "_include:recurse":
                parts.Includes.Add(ParseInclude(value, reverse: false, iterate: key != "_include"));
                return true;
            case "_revinclude" or "_revinclude:iterate" or "_revinclude:recurse":
                parts.Includes.Add(ParseInclude(value, reverse: true, iterate: key != "_revinclude"));
                return true;
        }

        if (key.StartsWith(Has, StringComparison.Ordinal))
        {
            CheckCriteriaCount(criteriaCount + parts.CriteriaCount, options);
            parts.ReverseChains.Add(ParseHas(key, value));
            return true;
        }

        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return false;
        }

        var (name, typeModifier) = SplitModifier(key[..dot]);
        if (!byName.TryGetValue(name, out var parameter))
        {
            Unsupported(strict, ignored, $"Parameter '{name}' of the chain '{key}' is not supported for this resource type", key);
            return true;
        }

        CheckCriteriaCount(criteriaCount + parts.CriteriaCount, options);
        parts.Chains.Add(new ChainedCriterion(parameter, ChainTarget(key, parameter, typeModifier), key[(dot + 1)..], value));
        return true;
    }

    private static string ChainTarget(string key, ISearchParameter parameter, string? typeModifier)
    {
        if (parameter.Type != SearchParamType.Reference)
        {
            throw FhirException.BadRequest($"'{key}' chains through '{parameter.Name}', which is not a reference parameter.");
        }

        if (typeModifier is not null)
        {
            return parameter.Targets.Count == 0 || parameter.Targets.Contains(typeModifier, StringComparer.Ordinal)
                ? typeModifier
                : throw FhirException.BadRequest(
                    $"'{parameter.Name}' refers to {string.Join(", ", parameter.Targets)}, not {typeModifier} ('{key}').");
        }

        return parameter.Targets.Count switch
        {
            1 => parameter.Targets[0],
            0 => throw FhirException.BadRequest($"'{parameter.Name}' cannot be chained: its target types are not declared ('{key}')."),
            _ => throw FhirException.BadRequest(
                $"'{parameter.Name}' refers to several types ({string.Join(", ", parameter.Targets)}): name one, as in '{parameter.Name}:{parameter.Targets[0]}.…' ('{key}')."),
        };
    }

    private static ReverseChainCriterion ParseHas(string key, string value)
    {
        // _has:Type:parameter:rest, where rest is a parameter of Type, possibly with a modifier or another _has.
        var parts = key.Split(':', 4);
        return parts.Length == 4 && parts[1].Length > 0 && parts[2].Length > 0 && parts[3].Length > 0
            ? new ReverseChainCriterion(parts[1], parts[2], parts[3], value)
            : throw FhirException.BadRequest($"'{key}' is not a valid _has parameter; expected _has:<Type>:<reference parameter>:<parameter>=<value>.");
    }

    private static IncludeDirective ParseInclude(string value, bool reverse, bool iterate)
    {
        var name = reverse ? "_revinclude" : "_include";
        if (value == "*")
        {
            return new IncludeDirective(string.Empty, null, null, reverse, iterate);
        }

        var parts = value.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
        {
            throw FhirException.BadRequest($"'{name}={value}' is not valid; expected {name}=<Type>:<reference parameter>[:<target type>] or {name}=*.");
        }

        var parameter = parts[1] == "*" ? null : parts[1];

        return new IncludeDirective(parts[0], parameter, parts.Length == 3 ? parts[2] : null, reverse, iterate);
    }

    private sealed class ReferenceParts
    {
        public List<IncludeDirective> Includes { get; } = [];

        public List<ChainedCriterion> Chains { get; } = [];

        public List<ReverseChainCriterion> ReverseChains { get; } = [];

        public int CriteriaCount => Chains.Count + ReverseChains.Count;
    }
}
