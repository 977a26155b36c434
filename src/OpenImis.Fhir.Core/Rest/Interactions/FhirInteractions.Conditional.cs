using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// Finding the target of a conditional interaction. The criteria are locked first (an advisory lock on their
/// normalised text, inside the write's transaction), so that two writers with the same criteria cannot both find
/// nothing and both create.
/// </summary>
public sealed partial class FhirInteractions
{
    // The one match of the criteria, or null; 412 when several match.
    private async Task<Resource?> MatchAsync(
        InteractionRequest request, IReadOnlyList<KeyValuePair<string, string>> criteria, string what, CancellationToken cancellationToken)
    {
        var handler = Handler<ISearchHandler>(request);
        await db.LockValueAsync($"conditional:{request.ResourceType}", ConditionalCriteria.Key(criteria), cancellationToken);

        // Always strict: ignoring an unknown criterion would match more than the client meant.
        var query = await ParseSearchAsync(handler, criteria, strict: true, cancellationToken)
            with { Count = 2, Offset = 0, Total = TotalMode.None };
        var found = await handler.SearchAsync(query, cancellationToken);
        return found.Matches.Count switch
        {
            0 => null,
            1 => found.Matches[0],
            _ => throw FhirException.PreconditionFailed(
                $"{what} '{ConditionalCriteria.Key(criteria)}' matches more than one {request.ResourceType}; make the criteria more selective."),
        };
    }

    // Conditional update: the match's id; null to create (no match, no id in the body).
    private async Task<string?> ConditionalTargetAsync(InteractionRequest request, Resource resource, CancellationToken cancellationToken)
    {
        var criteria = RequireCriteria(request);
        var match = await MatchAsync(request, criteria, "The conditional update's criteria", cancellationToken);
        if (match is null)
        {
            return string.IsNullOrEmpty(resource.Id)
                ? null
                : throw FhirException.NotSupported(
                    $"No {request.ResourceType} matches the criteria and the body has the id '{resource.Id}': update as create is not supported; send it without an id to create it.");
        }

        CheckBodyId(resource, match.Id!, required: false);
        return match.Id!;
    }

    // Conditional patch: exactly one match.
    private async Task<string> SingleMatchIdAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var match = await MatchAsync(request, RequireCriteria(request), "The conditional patch's criteria", cancellationToken);
        return match?.Id ?? throw FhirException.NotFound($"No {request.ResourceType} matches the criteria; nothing was patched.");
    }

    // Conditional delete: the one match, or null when nothing matches (nothing to delete is not an error).
    private async Task<string?> ConditionalDeleteTargetAsync(InteractionRequest request, CancellationToken cancellationToken) =>
        (await MatchAsync(request, RequireCriteria(request), "The conditional delete's criteria", cancellationToken))?.Id;

    private static IReadOnlyList<KeyValuePair<string, string>> RequireCriteria(InteractionRequest request) =>
        request.Criteria is { Count: > 0 } criteria
            ? criteria
            : throw FhirException.BadRequest($"A conditional {request.Kind.ToString().ToLowerInvariant()} needs search criteria in the URL.");
}
