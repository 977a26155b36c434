using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>read (with If-None-Match and If-Modified-Since), vread, search and history.</summary>
public sealed partial class FhirInteractions
{
    private async Task<InteractionResult> ReadAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var resource = await Handler<IReadHandler>(request).ReadAsync(RequireId(request), cancellationToken);
        return NotModified(request, resource.Meta ?? new Meta())
            ? new InteractionResult(HttpStatusCode.NotModified, null, resource)
            : new InteractionResult(HttpStatusCode.OK, resource, resource);
    }

    private async Task<InteractionResult> ReadVersionAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var versionId = request.VersionId ?? throw FhirException.BadRequest("A vread needs a version id.");
        var resource = await Handler<IReadHandler>(request).ReadVersionAsync(RequireId(request), versionId, cancellationToken);
        return new InteractionResult(HttpStatusCode.OK, resource, resource);
    }

    private async Task<InteractionResult> SearchAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var handler = Handler<ISearchHandler>(request);
        var options = searchOptions.CurrentValue;
        var criteria = LegacySearchParameters.Rewrite(
            request.Criteria ?? [], options, name => handler.SearchParameters.Any(p => p.Name == name));
        var query = await ParseSearchAsync(handler, criteria, request.Strict, cancellationToken);
        if (request.CountOnly)
        {
            query = query with { Count = 0, Total = TotalMode.Accurate };
        }

        var result = await handler.SearchAsync(query, cancellationToken);
        IReadOnlyList<Resource> included = [];
        if (query.Includes.Count > 0 && result.Matches.Count > 0)
        {
            var includes = new SearchIncludes(registry, services, options, request.Strict, access);
            (included, var notes) = await includes.RunAsync(result.Matches, query.Includes, cancellationToken);
            query = query with { Ignored = [.. query.Ignored, .. notes] };
        }

        return new InteractionResult(HttpStatusCode.OK, BundleFactory.SearchSet(request.ResourceType, query, result, request.BaseUrl, included));
    }

    /// <summary>
    /// A search query of <paramref name="resourceType"/> parsed as a search parses it (legacy spellings, chains and
    /// <c>_has</c> resolved): what <c>_typeFilter</c> of a bulk export applies. Unknown parameters are a 400 when
    /// <paramref name="strict"/>, else ignored and listed in <see cref="SearchQuery.Ignored"/>.
    /// </summary>
    public Task<SearchQuery> ParseCriteriaAsync(
        string resourceType, IReadOnlyList<KeyValuePair<string, string>> parameters, bool strict, CancellationToken cancellationToken)
    {
        var handler = registry.Resolve<ISearchHandler>(services, resourceType);
        var criteria = LegacySearchParameters.Rewrite(
            parameters, searchOptions.CurrentValue, name => handler.SearchParameters.Any(p => p.Name == name));
        return ParseSearchAsync(handler, criteria, strict, cancellationToken);
    }

    // Parsed against the type's parameters, with chains and _has turned into criteria on id sets.
    private Task<SearchQuery> ParseSearchAsync(
        ISearchHandler handler, IReadOnlyList<KeyValuePair<string, string>> criteria, bool strict, CancellationToken cancellationToken)
    {
        var options = searchOptions.CurrentValue;
        var query = SearchQueryParser.Parse(criteria, handler.SearchParameters, options, strict);
        return new SearchChains(registry, services, options, strict, access).ResolveAsync(handler, query, cancellationToken);
    }

    private async Task<InteractionResult> HistoryAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var handler = Handler<IHistoryHandler>(request);
        var id = request.Kind == InteractionKind.HistoryInstance ? RequireId(request) : null;
        var options = searchOptions.CurrentValue;
        var parameters = request.Criteria ?? [];
        var history = new HistoryQuery(
            ParseSince(Single(parameters, "_since")),
            Math.Min(ParseCount(Single(parameters, "_count"), "_count") ?? options.DefaultCount, options.MaxCount),
            ParseCount(Single(parameters, "_offset"), "_offset") ?? 0);
        var result = await handler.HistoryAsync(id, history, cancellationToken);
        var path = id is null ? $"{request.ResourceType}/_history" : $"{request.ResourceType}/{id}/_history";
        return new InteractionResult(HttpStatusCode.OK, BundleFactory.History(path, history, result, request.BaseUrl, request.ResourceType));
    }

    private static bool NotModified(InteractionRequest request, Meta meta)
    {
        if (request.IfNoneMatch is { Length: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Split(',').Any(tag => tag.Trim() == "*" || VersionIds.FromETag(tag) == meta.VersionId);
        }

        // HTTP dates have whole seconds; compare at that precision.
        return request.IfModifiedSince is { } since
            && meta.LastUpdated is { } lastUpdated
            && lastUpdated.AddTicks(-(lastUpdated.Ticks % TimeSpan.TicksPerSecond)) <= since;
    }

    private static string? Single(IReadOnlyList<KeyValuePair<string, string>> parameters, string name)
    {
        var values = parameters.Where(p => p.Key == name).Select(p => p.Value).Take(2).ToList();
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw FhirException.BadRequest($"'{name}' is given more than once."),
        };
    }

    private static DateTime? ParseSince(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return FhirDateRange.TryParse(value.Replace(' ', '+'), out var start, out _)
            ? start
            : throw FhirException.BadRequest($"'_since' must be a FHIR instant such as 2024-05-17T10:00:00Z, not '{value}'.");
    }

    private static int? ParseCount(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw FhirException.BadRequest($"'{name}' must be a non-negative integer, not '{value}'.");
    }
}
