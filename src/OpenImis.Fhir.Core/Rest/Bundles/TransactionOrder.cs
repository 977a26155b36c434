using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Core.Rest.Bundles;

/// <summary>
/// The order FHIR gives a transaction's entries: deletes, then creates, then updates and patches, then reads. Creates
/// that refer to other creates (by their <c>fullUrl</c>) come after them, since openIMIS rows can only point at rows
/// that exist; creates that refer to each other in a cycle cannot be made in one step and are refused.
/// </summary>
internal static class TransactionOrder
{
    public static IReadOnlyList<int> Of(IReadOnlyList<Bundle.EntryComponent> entries, IReadOnlyList<InteractionRequest> requests)
    {
        int[] Where(params InteractionKind[] kinds) =>
            [.. Enumerable.Range(0, requests.Count).Where(i => kinds.Contains(requests[i].Kind))];

        return
        [
            .. Where(InteractionKind.Delete),
            .. CreatesInDependencyOrder(entries, Where(InteractionKind.Create)),
            .. Where(InteractionKind.Update, InteractionKind.Patch),
            .. Where(InteractionKind.Read, InteractionKind.VRead, InteractionKind.Search, InteractionKind.HistoryInstance, InteractionKind.HistoryType),
        ];
    }

    // Kahn's algorithm, taking the earliest ready entry each time, so that unrelated creates keep the Bundle's order.
    private static List<int> CreatesInDependencyOrder(IReadOnlyList<Bundle.EntryComponent> entries, int[] creates)
    {
        var byFullUrl = creates.Where(i => entries[i].FullUrl is not null).ToDictionary(i => entries[i].FullUrl!, i => i, StringComparer.Ordinal);
        var needs = creates.ToDictionary(i => i, i => ResourceReferences.All(entries[i].Resource!)
            .Select(r => r.Reference is { } text && byFullUrl.TryGetValue(text, out var other) && other != i ? other : -1)
            .Where(other => other >= 0)
            .ToHashSet());
        var ordered = new List<int>(creates.Length);
        var pending = new SortedSet<int>(creates);
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(i => needs[i].All(ordered.Contains), -1);
            if (ready < 0)
            {
                throw FhirException.Unprocessable(
                    $"The new resources of entries {string.Join(", ", pending.Select(i => $"Bundle.entry[{i}]"))} refer to each other in a cycle; "
                    + "openIMIS links a row only to rows that exist. Leave one reference out (e.g. a Patient's family link, which a new Group's member list sets) or create them in two steps.");
            }

            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }
}
