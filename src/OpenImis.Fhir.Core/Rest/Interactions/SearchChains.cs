using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// Turns chained parameters and <c>_has</c> into criteria on sets of ids. A handler that can compose gives the set
/// as a query (one SQL statement with <c>IN (SELECT ...)</c>, whichever modules own the two types); otherwise the
/// other type is searched first and at most <see cref="SearchOptions.MaxChainIds"/> ids are carried over, else 400.
/// </summary>
internal sealed class SearchChains(HandlerRegistry registry, IServiceProvider services, SearchOptions options, bool strict, Security.AccessPolicy access)
{
    // A chain of chains is parsed and resolved once per link: bounded, as every other part of a query is.
    private const int MaxDepth = 3;

    public async Task<SearchQuery> ResolveAsync(ISearchHandler handler, SearchQuery query, CancellationToken cancellationToken) =>
        await ResolveAsync(handler, query, 0, cancellationToken);

    private async Task<SearchQuery> ResolveAsync(ISearchHandler handler, SearchQuery query, int depth, CancellationToken cancellationToken)
    {
        if (query.Chains.Count == 0 && query.ReverseChains.Count == 0)
        {
            return query;
        }

        if (depth >= MaxDepth)
        {
            throw FhirException.BadRequest($"Chains and _has nest at most {MaxDepth} deep here.");
        }

        var criteria = query.Criteria.ToList();
        var notes = query.Ignored.ToList();
        foreach (var chain in query.Chains)
        {
            var target = Handler(chain.TargetType, $"{chain.Parameter.Name}:{chain.TargetType}.{chain.TargetKey}");
            if (await SubQueryAsync(target, chain.TargetKey, chain.Value, depth, notes, cancellationToken) is not { } sub)
            {
                continue;
            }

            var set = await MatchingAsync(target, chain.TargetType, sub, notes, cancellationToken);
            criteria.Add(new SearchCriterion(chain.Parameter, null, [set]));
        }

        foreach (var has in query.ReverseChains)
        {
            var key = $"_has:{has.SourceType}:{has.Parameter}:{has.SourceKey}";
            var source = Handler(has.SourceType, key);
            var parameter = source.SearchParameters.FirstOrDefault(p => p.Name == has.Parameter && p.Type == SearchParamType.Reference)
                ?? throw FhirException.BadRequest($"'{key}': {has.SourceType} has no reference search parameter '{has.Parameter}'.");
            if (parameter.Targets.Count > 0 && !parameter.Targets.Contains(handler.ResourceType, StringComparer.Ordinal))
            {
                throw FhirException.BadRequest($"'{key}': {has.SourceType}.{has.Parameter} does not refer to {handler.ResourceType}.");
            }

            if (await SubQueryAsync(source, has.SourceKey, has.Value, depth, notes, cancellationToken) is not { } sub)
            {
                continue;
            }

            var set = await ReferencedAsync(source, sub, parameter, handler.ResourceType, notes, cancellationToken);
            var id = handler.SearchParameters.First(p => p.Name == "_id");
            criteria.Add(new SearchCriterion(id, null, [set]));
        }

        return query with { Criteria = criteria, Chains = [], ReverseChains = [], Ignored = notes };
    }

    // A chain or _has searches the other type: without s on it, a client could probe resources it may not see.
    private ISearchHandler Handler(string type, string key)
    {
        if (!registry.Serves(type))
        {
            throw FhirException.BadRequest($"'{key}': resource type '{type}' is not served here.");
        }

        access.Demand(type, Security.ScopeInteraction.Search, $"'{key}' (a search of {type})");
        return registry.Resolve<ISearchHandler>(services, type);
    }

    // The other type's criterion, itself resolved. A part it would ignore makes the whole chain ignored: answering
    // the chain without it would match more than was asked for.
    private async Task<IReadOnlyList<SearchCriterion>?> SubQueryAsync(
        ISearchHandler target, string key, string value, int depth, List<string> notes, CancellationToken cancellationToken)
    {
        var sub = SearchQueryParser.Parse([new(key, value)], target.SearchParameters, options, strict);
        if (sub.Ignored.Count > 0 || sub.Includes.Count > 0 || (sub.Criteria.Count + sub.Chains.Count + sub.ReverseChains.Count) == 0)
        {
            notes.Add($"The chained part '{target.ResourceType}?{key}' is not supported ({string.Join(" ", sub.Ignored)}); the chain was ignored.");
            return null;
        }

        return (await ResolveAsync(target, sub, depth + 1, cancellationToken)).Criteria;
    }

    private async Task<ReferenceSetValue> MatchingAsync(
        ISearchHandler target, string type, IReadOnlyList<SearchCriterion> criteria, List<string> notes, CancellationToken cancellationToken)
    {
        if (target.MatchingIds(criteria) is { } query)
        {
            return new ReferenceSetValue(type, query, null);
        }

        var found = await target.SearchAsync(Bounded(criteria), cancellationToken);
        var ids = CheckBound(found.Matches.Select(m => m.Id!).ToList(), type);
        notes.Add($"The chain through {type} was resolved in two steps ({ids.Count} {type} matched).");
        return new ReferenceSetValue(type, null, ids);
    }

    private async Task<ReferenceSetValue> ReferencedAsync(
        ISearchHandler source, IReadOnlyList<SearchCriterion> criteria, ISearchParameter parameter, string targetType,
        List<string> notes, CancellationToken cancellationToken)
    {
        if (parameter.Targets.Count > 0 && source.ReferencedIds(criteria, parameter, targetType) is { } query)
        {
            return new ReferenceSetValue(null, query, null);
        }

        var found = await source.SearchAsync(Bounded(criteria), cancellationToken);
        CheckBound(found.Matches, source.ResourceType);
        var ids = found.Matches
            .SelectMany(m => ReferenceFinder.At(m, parameter.Expression))
            .Where(r => r.Type == targetType)
            .Select(r => r.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        notes.Add($"_has through {source.ResourceType}.{parameter.Name} was resolved in two steps ({found.Matches.Count} {source.ResourceType} matched).");
        return new ReferenceSetValue(null, null, ids);
    }

    private SearchQuery Bounded(IReadOnlyList<SearchCriterion> criteria) =>
        new() { Criteria = criteria, Count = options.MaxChainIds + 1, Total = TotalMode.None };

    private IReadOnlyList<T> CheckBound<T>(IReadOnlyList<T> found, string type) => found.Count > options.MaxChainIds
        ? throw FhirException.BadRequest(
            $"The chain matches more than {options.MaxChainIds} {type} (Fhir:Search:MaxChainIds), too broad to resolve in two steps; make it more selective.")
        : found;
}
