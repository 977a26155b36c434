using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// Reads from what the engine answered the resources an event is about and the patients (openIMIS insurees) they
/// concern: a Patient itself, or any other resource's references to a Patient (a claim's patient, a coverage's
/// beneficiary, a family's members). Runs in the writer, never on the request path.
/// </summary>
internal static class AuditedResources
{
    /// <summary>Beyond this many patients one event names no more: a search page of 500 claims is one event, not 500.</summary>
    public const int MaxPatients = 100;

    /// <summary>The resources answered: the written or read resource, or the entries of a search or batch Bundle.</summary>
    public static IReadOnlyList<Resource> From(object? result)
    {
        var resource = result switch
        {
            InteractionResult r => r.VersionOf ?? r.Body,
            Resource r => r,
            _ => null,
        };
        return resource switch
        {
            null or OperationOutcome => [],
            Bundle bundle => [.. bundle.Entry.Select(e => e.Resource).OfType<Resource>().Where(r => r is not OperationOutcome)],
            _ => [resource],
        };
    }

    /// <summary>The distinct <c>Patient/id</c> references the resources concern, at most <see cref="MaxPatients"/>.</summary>
    public static IReadOnlyList<string> Patients(IEnumerable<Resource> resources)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (resource is Patient { Id: { Length: > 0 } id })
            {
                Add($"Patient/{id}");
                continue;
            }

            foreach (var reference in ResourceReferences.All(resource))
            {
                Reference(reference.Reference);
            }

            if (found.Count >= MaxPatients)
            {
                break;
            }
        }

        return found;

        void Reference(string? reference)
        {
            var at = reference?.IndexOf("Patient/", StringComparison.Ordinal) ?? -1;
            if (at == 0 || (at > 0 && reference![at - 1] == '/'))
            {
                var tail = reference![(at + 8)..].Split('/')[0];
                if (tail.Length > 0)
                {
                    Add("Patient/" + tail);
                }
            }
        }

        void Add(string reference)
        {
            if (found.Count < MaxPatients && seen.Add(reference))
            {
                found.Add(reference);
            }
        }
    }
}
