using System.Globalization;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Core.Rest.Bundles;

/// <summary>
/// <c>POST [base]</c> with a batch or transaction Bundle. A transaction is one database transaction: its entries run
/// in FHIR's order, new resources are referred to by their <c>fullUrl</c> (<c>urn:uuid:</c>) and conditional
/// references (<c>Patient?identifier=x</c>) are resolved, and the first failure rolls everything back and answers
/// with that entry's outcome. A batch runs each entry on its own and reports each failure in its entry.
/// </summary>
public sealed class BundleInteractions(
    FhirInteractions interactions, WriteTransactions transactions, IOptionsMonitor<FhirServerOptions> options, ILogger<BundleInteractions> logger)
{
    /// <summary>Runs the Bundle and answers with a transaction-response or batch-response.</summary>
    public async Task<Bundle> ExecuteAsync(Bundle bundle, BundleContext context, CancellationToken cancellationToken)
    {
        var max = options.CurrentValue.MaxBundleEntries;
        if (bundle.Entry.Count > max)
        {
            throw FhirException.TooLarge($"The Bundle has {bundle.Entry.Count} entries; this server takes at most {max} (Fhir:MaxBundleEntries).");
        }

        return bundle.Type switch
        {
            Bundle.BundleType.Transaction => await TransactionAsync(bundle, context, cancellationToken),
            Bundle.BundleType.Batch => await BatchAsync(bundle, context, cancellationToken),
            _ => throw FhirException.BadRequest(
                $"POST [base] takes a Bundle of type batch or transaction, not {bundle.Type?.ToString().ToLowerInvariant() ?? "none"}.", "Bundle.type"),
        };
    }

    private async Task<Bundle> TransactionAsync(Bundle bundle, BundleContext context, CancellationToken cancellationToken)
    {
        var requests = bundle.Entry.Select((entry, i) => EntryRequests.From(entry, i, context)).ToList();
        CheckDistinctTargets(requests);
        Authorize(requests);
        var order = TransactionOrder.Of(bundle.Entry, requests);
        return await transactions.RunAsync(async token =>
        {
            var results = new InteractionResult[requests.Count];
            var created = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var index in order)
            {
                // A fresh copy on every attempt: references are rewritten in it, and a lost race runs it all again.
                var request = requests[index];
                if (request.Resource is { } resource)
                {
                    request = request with { Resource = await ResolveReferencesAsync((Resource)resource.DeepCopy(), created, context, index, token) };
                }

                results[index] = await RunEntryAsync(request, index, token);
                if (request.Kind == InteractionKind.Create && bundle.Entry[index].FullUrl is { } fullUrl && results[index].VersionOf is { } written)
                {
                    created[fullUrl] = $"{request.ResourceType}/{written.Id}";
                }
            }

            return Response(Bundle.BundleType.TransactionResponse, requests, results.Select(r => (r, (OperationOutcome?)null)).ToList(), context);
        }, cancellationToken);
    }

    private async Task<Bundle> BatchAsync(Bundle bundle, BundleContext context, CancellationToken cancellationToken)
    {
        var outcomes = new List<(InteractionResult Result, OperationOutcome? Error)>();
        var requests = new List<InteractionRequest?>();
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            try
            {
                var request = EntryRequests.From(bundle.Entry[i], i, context);
                requests.Add(request);
                outcomes.Add((await interactions.ExecuteAsync(request, cancellationToken), null));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Each entry answers for itself, as an HTTP request would: an unreachable database is its 503.
                var failure = ExceptionOutcomes.Map(ex);
                if (failure.IsUnexpected)
                {
                    logger.LogError(ex, "Unhandled error in Bundle.entry[{Index}] of a batch", i);
                }

                if (requests.Count == i)
                {
                    requests.Add(null);
                }

                outcomes.Add((new InteractionResult(failure.Status, null), failure.Outcome));
            }
        }

        return Response(Bundle.BundleType.BatchResponse, requests, outcomes, context);
    }

    private async Task<InteractionResult> RunEntryAsync(InteractionRequest request, int index, CancellationToken cancellationToken)
    {
        try
        {
            return await interactions.ExecuteAsync(request, cancellationToken);
        }
        catch (FhirException ex)
        {
            var outcome = (OperationOutcome)ex.Outcome.DeepCopy();
            outcome.Issue.Add(Outcomes.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Processing,
                $"Bundle.entry[{index}] ({Describe(request)}) failed with HTTP {(int)ex.Status}; the transaction was rolled back and nothing was written.",
                $"Bundle.entry[{index}]"));
            throw new FhirException(ex.Status, outcome, ex);
        }
    }

    // A transaction is all or nothing: an entry the caller's scopes refuse refuses the whole Bundle before any runs.
    private void Authorize(IReadOnlyList<InteractionRequest> requests)
    {
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                interactions.Authorize(requests[i]);
            }
            catch (FhirException ex)
            {
                var outcome = (OperationOutcome)ex.Outcome.DeepCopy();
                outcome.Issue.Add(Outcomes.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Forbidden,
                    $"Bundle.entry[{i}] ({Describe(requests[i])}) is not allowed; the transaction was refused and nothing was written.",
                    $"Bundle.entry[{i}]"));
                throw new FhirException(ex.Status, outcome, ex);
            }
        }
    }

    // urn:uuid: (or any fullUrl) of a resource created earlier in the transaction becomes its Type/id; a conditional
    // reference becomes the id of its one match.
    private async Task<Resource> ResolveReferencesAsync(
        Resource resource, IReadOnlyDictionary<string, string> created, BundleContext context, int index, CancellationToken cancellationToken)
    {
        foreach (var reference in ResourceReferences.All(resource).ToList())
        {
            if (reference.Reference is not { } text)
            {
                continue;
            }

            if (created.TryGetValue(text, out var local))
            {
                reference.Reference = local;
            }
            else if (text.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase))
            {
                throw FhirException.BadRequest(
                    $"Bundle.entry[{index}].resource refers to '{text}', which no create of this transaction has as fullUrl.", $"Bundle.entry[{index}].resource");
            }
            else if (text.Contains('?', StringComparison.Ordinal))
            {
                reference.Reference = await ConditionalReferenceAsync(text, context, index, cancellationToken);
            }
        }

        return resource;
    }

    private async Task<string> ConditionalReferenceAsync(string text, BundleContext context, int index, CancellationToken cancellationToken)
    {
        var type = text[..text.IndexOf('?', StringComparison.Ordinal)];
        var criteria = ConditionalCriteria.FromQuery(text[(type.Length + 1)..], $"Bundle.entry[{index}]: the reference");
        var search = new InteractionRequest
        {
            Kind = InteractionKind.Search, ResourceType = type, Criteria = [.. criteria, new("_count", "2")], Strict = true, BaseUrl = context.BaseUrl,
        };
        var found = (Bundle)(await interactions.ExecuteAsync(search, cancellationToken)).Body!;
        var matches = found.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).ToList();
        return matches.Count == 1
            ? $"{type}/{matches[0].Resource!.Id}"
            : throw FhirException.PreconditionFailed(
                $"Bundle.entry[{index}]: the conditional reference '{text}' matches {(matches.Count == 0 ? "no" : "more than one")} {type}; it must match exactly one.");
    }

    // FHIR: a transaction that changes one resource twice is an error, whatever order it would run in.
    private static void CheckDistinctTargets(IReadOnlyList<InteractionRequest> requests)
    {
        var twice = requests
            .Select((r, i) => (Index: i, Target: r.Id is not null && r.Kind is InteractionKind.Update or InteractionKind.Patch or InteractionKind.Delete
                ? $"{r.ResourceType}/{r.Id.ToLowerInvariant()}" : null))
            .Where(t => t.Target is not null)
            .GroupBy(t => t.Target)
            .FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw FhirException.BadRequest(
                $"{twice.Key} is changed by more than one entry ({string.Join(", ", twice.Select(t => $"Bundle.entry[{t.Index}]"))}); a transaction changes each resource once.");
        }
    }

    private static Bundle Response(
        Bundle.BundleType type, IReadOnlyList<InteractionRequest?> requests, IReadOnlyList<(InteractionResult Result, OperationOutcome? Error)> outcomes, BundleContext context)
    {
        var response = new Bundle { Type = type, Meta = new Meta { LastUpdated = DateTimeOffset.UtcNow } };
        for (var i = 0; i < outcomes.Count; i++)
        {
            var (result, error) = outcomes[i];
            response.Entry.Add(Entry(requests[i], result, error, context));
        }

        return response;
    }

    private static Bundle.EntryComponent Entry(InteractionRequest? request, InteractionResult result, OperationOutcome? error, BundleContext context)
    {
        var version = result.VersionOf;
        var entry = new Bundle.EntryComponent
        {
            Response = new Bundle.ResponseComponent
            {
                Status = string.Create(CultureInfo.InvariantCulture, $"{(int)result.Status} {ReasonPhrases.GetReasonPhrase((int)result.Status)}"),
                Location = result.Location,
                Etag = version?.Meta?.VersionId is { } versionId ? VersionIds.ETag(versionId) : null,
                LastModified = version?.Meta?.LastUpdated,
                Outcome = error ?? result.Body as OperationOutcome,
            },
            Resource = result.Body is OperationOutcome ? null : result.Body,
        };
        if (entry.Resource is { Id: { } id } resource && request is not null && resource.TypeName == request.ResourceType)
        {
            entry.FullUrl = $"{context.BaseUrl}/{resource.TypeName}/{id}";
        }

        return entry;
    }

    private static string Describe(InteractionRequest request) =>
        $"{request.Kind.ToString().ToLowerInvariant()} {request.ResourceType}{(request.Id is null ? string.Empty : "/" + request.Id)}";
}
