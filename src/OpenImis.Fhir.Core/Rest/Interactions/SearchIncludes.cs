using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// <c>_include</c> and <c>_revinclude</c> for one page of matches. Targets are read through the handler registry (one
/// search by <c>_id</c> per type and round, whichever module serves the type), referrers by a search on the source
/// type's reference parameter. Every resource appears once, matches first; at most
/// <see cref="SearchOptions.MaxIncludes"/> are added.
/// </summary>
internal sealed class SearchIncludes(HandlerRegistry registry, IServiceProvider services, SearchOptions options, bool strict, Security.AccessPolicy access)
{
    private readonly List<Resource> _included = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public async Task<(IReadOnlyList<Resource> Included, IReadOnlyList<string> Notes)> RunAsync(
        IReadOnlyList<Resource> matches, IReadOnlyList<IncludeDirective> directives, CancellationToken cancellationToken)
    {
        foreach (var match in matches)
        {
            _seen.Add(Key(match));
        }

        var round = matches;
        for (var iteration = 0; round.Count > 0 && iteration <= options.MaxIncludeIterations; iteration++)
        {
            var applied = directives.Where(d => iteration == 0 || d.Iterate).ToList();
            if (applied.Count == 0)
            {
                break;
            }

            if (iteration == options.MaxIncludeIterations)
            {
                _notes.Add($":iterate stopped after {options.MaxIncludeIterations} rounds (Fhir:Search:MaxIncludeIterations); more may refer.");
                break;
            }

            var before = _included.Count;
            foreach (var directive in applied)
            {
                await ApplyAsync(directive, round, cancellationToken);
            }

            round = _included.Skip(before).ToList();
        }

        return (_included, _notes);
    }

    private static string Key(Resource resource) => $"{resource.TypeName}/{resource.Id?.ToLowerInvariant()}";

    private System.Threading.Tasks.Task ApplyAsync(IncludeDirective directive, IReadOnlyList<Resource> from, CancellationToken cancellationToken)
    {
        if (directive.Reverse)
        {
            return directive.Parameter is null
                ? Skip($"'{directive}' is not supported: name the source type and its reference parameter")
                : RevIncludeAsync(directive, from, cancellationToken);
        }

        var sources = from.Where(r => directive.SourceType.Length == 0 || r.TypeName == directive.SourceType).ToList();
        if (directive.Parameter is null)
        {
            return ReadAsync(sources.SelectMany(ReferenceFinder.All), directive, cancellationToken);
        }

        if (Parameter(directive) is not { } parameter)
        {
            return System.Threading.Tasks.Task.CompletedTask;
        }

        var references = sources.SelectMany(r => ReferenceFinder.At(r, parameter.Expression));
        return ReadAsync(references, directive, cancellationToken);
    }

    private async System.Threading.Tasks.Task ReadAsync(IEnumerable<LocalReference> references, IncludeDirective directive, CancellationToken cancellationToken)
    {
        var wanted = references
            .Where(r => directive.TargetType is null || r.Type == directive.TargetType)
            .Where(r => !_seen.Contains(r.Key))
            .DistinctBy(r => r.Key)
            .GroupBy(r => r.Type);
        foreach (var group in wanted)
        {
            if (!registry.Serves(group.Key))
            {
                _notes.Add($"'{directive}': {group.Key} is not served here; those references were not included.");
                continue;
            }

            if (!access.CanSee(group.Key))
            {
                // Left out, never revealed: the token may not see that type.
                NotVisible(directive, group.Key);
                continue;
            }

            var handler = registry.Resolve<ISearchHandler>(services, group.Key);
            var id = handler.SearchParameters.First(p => p.Name == "_id");
            var ids = group.Select(r => r.Id).ToList();
            await AddAsync(handler, new SearchCriterion(id, null, [new ReferenceSetValue(null, null, ids)]), ids.Count, directive, cancellationToken);
        }
    }

    private async System.Threading.Tasks.Task RevIncludeAsync(IncludeDirective directive, IReadOnlyList<Resource> from, CancellationToken cancellationToken)
    {
        if (Parameter(directive) is not { } parameter)
        {
            return;
        }

        if (!access.CanSee(directive.SourceType))
        {
            NotVisible(directive, directive.SourceType);
            return;
        }

        var handler = registry.Resolve<ISearchHandler>(services, directive.SourceType);
        foreach (var group in from.Where(r => directive.TargetType is null || r.TypeName == directive.TargetType).GroupBy(r => r.TypeName))
        {
            var ids = group.Select(r => r.Id!).ToList();
            SearchValue[] values = parameter.Targets.Contains(group.Key, StringComparer.Ordinal)
                ? [new ReferenceSetValue(group.Key, null, ids)]
                : parameter.Targets.Count == 0 ? [.. ids.Select(i => new ReferenceValue(group.Key, i))] : [];
            if (values.Length > 0)
            {
                await AddAsync(handler, new SearchCriterion(parameter, null, values), options.MaxIncludes - _included.Count + 1, directive, cancellationToken);
            }
        }
    }

    private async System.Threading.Tasks.Task AddAsync(
        ISearchHandler handler, SearchCriterion criterion, int count, IncludeDirective directive, CancellationToken cancellationToken)
    {
        var room = options.MaxIncludes - _included.Count;
        var found = await handler.SearchAsync(new SearchQuery { Criteria = [criterion], Count = Math.Max(0, count), Total = TotalMode.None }, cancellationToken);
        var fresh = found.Matches.Where(r => !_seen.Contains(Key(r))).ToList();
        if (fresh.Count > room)
        {
            var message = $"'{directive}' would include more than {options.MaxIncludes} resources (Fhir:Search:MaxIncludes)";
            if (strict)
            {
                throw FhirException.BadRequest($"{message}; ask for a smaller page (_count) or fewer includes.");
            }

            _notes.Add($"{message}; the rest were left out.");
            fresh = fresh.Take(room).ToList();
        }

        foreach (var resource in fresh)
        {
            _seen.Add(Key(resource));
            _included.Add(resource);
        }
    }

    private void NotVisible(IncludeDirective directive, string type)
    {
        var note = $"'{directive}': this token may not read {type}; none were included.";
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    private ISearchParameter? Parameter(IncludeDirective directive)
    {
        if (!registry.Serves(directive.SourceType))
        {
            Unsupported($"'{directive}': {directive.SourceType} is not served here");
            return null;
        }

        var declared = registry.Resolve<ISearchHandler>(services, directive.SourceType).SearchParameters
            .FirstOrDefault(p => p.Name == directive.Parameter && p.Type == SearchParamType.Reference);
        if (declared is null)
        {
            Unsupported($"'{directive}': {directive.SourceType} has no reference search parameter '{directive.Parameter}'");
        }

        return declared;
    }

    private System.Threading.Tasks.Task Skip(string reason)
    {
        Unsupported(reason);
        return System.Threading.Tasks.Task.CompletedTask;
    }

    private void Unsupported(string reason)
    {
        if (strict)
        {
            throw FhirException.BadRequest($"{reason}.");
        }

        if (!_notes.Contains($"{reason}; ignored."))
        {
            _notes.Add($"{reason}; ignored.");
        }
    }
}
