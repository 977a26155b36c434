using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Export;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The resources of a Patient or Group export that are not the Patients or the Group themselves: those of the
/// Patient compartment (R4 CompartmentDefinition <c>patient</c>) found by the engine's own search on the parameters
/// the compartment names, with the export's Patients as values. Each resource is judged by its own lastUpdated, so
/// a Claim changed after <c>_since</c> is exported even when its Patient did not change (HAPI #4387).
/// </summary>
internal static class ExportCompartment
{
    // References per search and matches per page: well inside the search's bounds.
    private const int ReferenceBatch = 50;
    private const int PageSize = 500;

    // R4 CompartmentDefinition patient: the parameters by which a resource of each type is in a Patient's compartment.
    private static readonly Dictionary<string, string[]> Parameters = new(StringComparer.Ordinal)
    {
        ["Group"] = ["member"],
        ["Coverage"] = ["policy-holder", "subscriber", "beneficiary", "payor"],
        ["Claim"] = ["patient", "payee"],
        ["ClaimResponse"] = ["patient"],
        ["Communication"] = ["subject", "sender", "recipient"],
        ["CommunicationRequest"] = ["subject", "sender", "recipient", "requester"],
        ["Invoice"] = ["subject", "patient", "recipient"],
        ["CoverageEligibilityRequest"] = ["patient"],
        ["CoverageEligibilityResponse"] = ["patient"],
        ["ExplanationOfBenefit"] = ["patient", "payee"],
        ["Account"] = ["subject"],
        ["Provenance"] = ["patient"],
    };

    /// <summary>The compartment resources of <paramref name="type"/> for the job's Patients, each once, inside the job's window.</summary>
    public static async IAsyncEnumerable<Resource> ResourcesAsync(
        ExportJob job, string type, IServiceProvider services, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A type that cannot be searched (CoverageEligibilityRequest is answered, never stored) has no compartment.
        if (services.GetRequiredService<HandlerRegistry>().Resolve(services, type) is not ISearchHandler search || !search.Supports(typeof(ISearchHandler)))
        {
            yield break;
        }

        var interactions = services.GetRequiredService<FhirInteractions>();
        var window = ExportChunkWriter.Window(job);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = Parameters.GetValueOrDefault(type, []).Where(n => search.SearchParameters.Any(p => p.Name == n));
        foreach (var name in names)
        {
            foreach (var batch in References(job).Chunk(ReferenceBatch))
            {
                foreach (var filter in ExportTypeFilter.QueryParameters(job, type))
                {
                    var parameters = filter.Append(new(name, string.Join(',', batch))).ToList();
                    for (var offset = 0; ; offset += PageSize)
                    {
                        var page = await PageAsync(interactions, search, type, parameters, offset, cancellationToken);
                        foreach (var resource in page.Where(r => seen.Add(r.Id ?? string.Empty) && Inside(r, window)))
                        {
                            yield return resource;
                        }

                        if (page.Count < PageSize)
                        {
                            break;
                        }
                    }
                }
            }
        }
    }

    // The export's Patients, and for a Group export the Group itself (a family's policies name it as policy holder).
    private static IEnumerable<string> References(ExportJob job)
    {
        var patients = (job.PatientIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => "Patient/" + id);
        return job.GroupId is { } group ? patients.Append("Group/" + group) : patients;
    }

    private static async Task<IReadOnlyList<Resource>> PageAsync(
        FhirInteractions interactions, ISearchHandler search, string type, List<KeyValuePair<string, string>> parameters, int offset, CancellationToken cancellationToken)
    {
        Core.Search.SearchQuery parsed;
        try
        {
            // Strict: a value the parameter cannot take (a Group where only Patients are referred to) must not be
            // dropped, which would select every resource of the type.
            parsed = await interactions.ParseCriteriaAsync(type, parameters, strict: true, cancellationToken);
        }
        catch (FhirException ex) when (ex.Status == System.Net.HttpStatusCode.BadRequest)
        {
            return [];
        }

        var page = await search.SearchAsync(parsed with { Count = PageSize, Offset = offset, Total = Core.Search.TotalMode.None, Includes = [] }, cancellationToken);
        return page.Matches;
    }

    private static bool Inside(Resource resource, ExportWindow window)
    {
        var updated = resource.Meta?.LastUpdated?.UtcDateTime;
        return updated is null || (updated <= window.Until && (window.Since is null || updated > window.Since));
    }
}
