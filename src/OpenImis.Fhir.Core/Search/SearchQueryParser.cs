using System.Globalization;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// Turns the query parameters of a search into a <see cref="SearchQuery"/>. Unknown parameters are ignored and
/// reported, or rejected with 400 when <c>strict</c> handling is asked for.
/// </summary>
public static partial class SearchQueryParser
{
    // Parameters that shape the response rather than the result set; the endpoint reads them.
    private static readonly HashSet<string> FormatParameters = new(StringComparer.Ordinal)
    {
        "_format", "_pretty", "_summary", "_elements",
    };

    /// <summary>Parses the parameters against the resource type's declared search parameters.</summary>
    public static SearchQuery Parse(
        IEnumerable<KeyValuePair<string, string>> parameters,
        IReadOnlyList<ISearchParameter> declared,
        SearchOptions options,
        bool strict)
    {
        var byName = declared.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var criteria = new List<SearchCriterion>();
        var ignored = new List<string>();
        var links = new List<KeyValuePair<string, string>>();
        var sort = new List<SortOrder>();
        var references = new ReferenceParts();
        var count = options.DefaultCount;
        var offset = 0;
        var total = TotalMode.Accurate;

        foreach (var (key, value) in parameters)
        {
            switch (key)
            {
                case "_count":
                    count = Math.Min(ParseNonNegative(key, value), options.MaxCount);
                    continue;
                case "_offset":
                    offset = ParseNonNegative(key, value);
                    continue;
                case "_total":
                    total = ParseTotal(value);
                    links.Add(new(key, value));
                    continue;
                case "_sort":
                    sort.AddRange(ParseSort(value, byName));
                    links.Add(new(key, value));
                    continue;
            }

            if (FormatParameters.Contains(key))
            {
                continue;
            }

            if (TryParseReferencePart(key, value, byName, options, strict, references, criteria.Count, ignored))
            {
                links.Add(new(key, value));
                continue;
            }

            var (name, modifier) = SplitModifier(key);
            if (!byName.TryGetValue(name, out var parameter))
            {
                var message = $"Parameter '{key}' is not supported for this resource type and was ignored.";
                if (strict)
                {
                    throw FhirException.BadRequest($"Parameter '{key}' is not supported for this resource type.");
                }

                ignored.Add(message);
                continue;
            }

            // Checked before the values are parsed, so that an oversized query costs no more than its split.
            CheckCriteriaCount(criteria.Count + references.CriteriaCount, options);
            if (modifier == "missing" && !parameter.SupportsMissing)
            {
                Unsupported(strict, ignored, $"':missing' is not supported on parameter '{name}' (no exact translation)", key);
                continue;
            }

            criteria.Add(ParseCriterion(key, value, parameter, modifier, options));
            links.Add(new(key, value));
        }

        return new SearchQuery
        {
            Criteria = criteria, Sort = sort, Count = count, Offset = offset, Total = total,
            Ignored = ignored, LinkParameters = links,
            Includes = references.Includes, Chains = references.Chains, ReverseChains = references.ReverseChains,
        };
    }

    private static SearchCriterion ParseCriterion(string key, string value, ISearchParameter parameter, string? modifier, SearchOptions options)
    {
        var alternatives = SearchValueParser.SplitAlternatives(value);
        if (alternatives.Count > options.MaxValuesPerParameter)
        {
            throw FhirException.BadRequest(
                $"Parameter '{key}' has {alternatives.Count} values; one parameter may have at most {options.MaxValuesPerParameter} (Fhir:Search:MaxValuesPerParameter).");
        }

        if (modifier == "of-type" && !parameter.SupportsOfType)
        {
            throw FhirException.BadRequest($"Modifier ':of-type' is not supported on parameter '{parameter.Name}'; it applies to identifiers.");
        }

        var values = alternatives.Select(v => modifier == "missing"
            ? SearchValueParser.ParseMissing(key, v)
            : SearchValueParser.Parse(key, parameter.Type, modifier, v)).ToList();
        return new SearchCriterion(parameter, modifier, values);
    }

    private static void CheckCriteriaCount(int count, SearchOptions options)
    {
        if (count >= options.MaxCriteria)
        {
            throw FhirException.BadRequest(
                $"The search has more than {options.MaxCriteria} criteria, the most one search may have (Fhir:Search:MaxCriteria).");
        }
    }

    // Lenient handling ignores what it cannot answer exactly and says so; strict handling refuses it.
    private static void Unsupported(bool strict, List<string> ignored, string reason, string key)
    {
        if (strict)
        {
            throw FhirException.BadRequest($"{reason}.");
        }

        ignored.Add($"{reason}; '{key}' was ignored.");
    }

    private static (string Name, string? Modifier) SplitModifier(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (key, null) : (key[..colon], key[(colon + 1)..]);
    }

    private static int ParseNonNegative(string key, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw FhirException.BadRequest($"'{key}' must be a non-negative integer, not '{value}'.");

    private static TotalMode ParseTotal(string value) => value switch
    {
        "none" => TotalMode.None,
        "accurate" or "estimate" => TotalMode.Accurate,
        _ => throw FhirException.BadRequest($"'_total' must be none, estimate or accurate, not '{value}'."),
    };

    private static IEnumerable<SortOrder> ParseSort(string value, Dictionary<string, ISearchParameter> byName)
    {
        foreach (var item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var descending = item.StartsWith('-');
            var name = descending ? item[1..] : item;
            if (!byName.TryGetValue(name, out var parameter) || !parameter.Sortable)
            {
                throw FhirException.BadRequest(
                    $"Cannot sort by '{name}'. Sortable parameters: {string.Join(", ", byName.Values.Where(p => p.Sortable).Select(p => p.Name))}.");
            }

            yield return new SortOrder(parameter, descending);
        }
    }
}
