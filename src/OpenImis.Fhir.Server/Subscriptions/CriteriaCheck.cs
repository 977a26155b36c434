using Microsoft.AspNetCore.WebUtilities;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// Checks an R4 criteria (<c>Claim?patient=Patient/1</c>) strictly against the served type's search parameters:
/// the matcher evaluates it with the engine's search restricted to one id, so anything that search cannot restrict
/// that way (chains, <c>_has</c>, <c>_filter</c>, result parameters) or does not know is refused rather than
/// silently ignored (a subscription that never fires, or fires for everything, is worse than a 400).
/// </summary>
internal static class CriteriaCheck
{
    // The only special parameters that select resources by their own state.
    private static readonly HashSet<string> AllowedSpecial = new(StringComparer.Ordinal) { "_id", "_lastUpdated" };

    /// <summary>The type and the parameters of <paramref name="criteria"/>; 400 for anything the matcher could not apply.</summary>
    public static async Task<(string Type, List<KeyValuePair<string, string>> Parameters)> CheckAsync(
        string criteria, HandlerRegistry registry, FhirInteractions interactions, CancellationToken cancellationToken)
    {
        var (type, parameters) = Split(criteria);
        if (type == "Subscription" || !registry.Serves(type))
        {
            throw Refused($"'{type}' is not a resource type this server serves for subscriptions.");
        }

        foreach (var (key, _) in parameters)
        {
            var name = key.Split(':')[0];
            if (key.StartsWith("_has", StringComparison.Ordinal))
            {
                throw Refused($"'{key}': reverse chains (_has) cannot be evaluated against one changed resource.");
            }

            if (key.Contains('.', StringComparison.Ordinal))
            {
                throw Refused($"'{key}': chained parameters cannot be evaluated against one changed resource.");
            }

            if (name.StartsWith('_') && !AllowedSpecial.Contains(name))
            {
                throw Refused($"'{key}' does not select resources by their state; a subscription criteria can only have the type's search parameters, _id and _lastUpdated.");
            }
        }

        Core.Search.SearchQuery parsed;
        try
        {
            parsed = await interactions.ParseCriteriaAsync(type, parameters, strict: true, cancellationToken);
        }
        catch (FhirException ex) when (ex.Status is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.MethodNotAllowed)
        {
            throw Refused(ex.Outcome.Issue.FirstOrDefault()?.Diagnostics ?? ex.Message);
        }

        if (parsed.Ignored.Count > 0)
        {
            throw Refused(string.Join(" ", parsed.Ignored));
        }

        return (type, parameters);
    }

    /// <summary>Splits <c>Type?query</c> into the type and its parameters (several values of one name stay separate).</summary>
    public static (string Type, List<KeyValuePair<string, string>> Parameters) Split(string criteria)
    {
        if (criteria.StartsWith('/') || criteria.Contains("://", StringComparison.Ordinal))
        {
            throw Refused($"'{criteria}' must be a search without the base URL or a leading '/', such as Claim?patient=Patient/123.");
        }

        var mark = criteria.IndexOf('?', StringComparison.Ordinal);
        var type = mark < 0 ? criteria : criteria[..mark];
        if (type.Length == 0 || !char.IsAsciiLetterUpper(type[0]) || !type.All(char.IsAsciiLetter))
        {
            throw Refused($"'{criteria}' does not start with a resource type (Type?parameter=value).");
        }

        var parameters = mark < 0
            ? []
            : QueryHelpers.ParseQuery(criteria[(mark + 1)..])
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)))
                .ToList();
        return (type, parameters);
    }

    private static FhirException Refused(string message) => FhirException.BadRequest($"Subscription.criteria: {message}", "Subscription.criteria");
}
