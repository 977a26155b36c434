using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Observability;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// Runs one interaction through the engine: records what the request did for observers (the OpenHIM mediator
/// response) and tracks the database work as an orchestration.
/// </summary>
internal static class Interaction
{
    public static async Task<IResult> ExecuteAsync(HttpContext context, InteractionRequest request, FhirRequest response)
    {
        var engine = context.RequestServices.GetRequiredService<FhirInteractions>();
        var result = await RunAsync(context, request.ResourceType, Name(request), () => engine.ExecuteAsync(request, context.RequestAborted), r => r.Count);
        return new FhirResult((int)result.Status, result.Body, response) { VersionOf = result.VersionOf, Location = result.Location };
    }

    public static async Task<T> RunAsync<T>(HttpContext context, string type, string name, Func<Task<T>> work, Func<T, int?> count)
    {
        context.Items[RequestFacts.ResourceType] = type;
        context.Items[RequestFacts.Interaction] = name;
        using var orchestration = OrchestrationRecorder.Track($"openIMIS database: {name} {type}", "SQL", $"/fhir/{type}");
        try
        {
            var result = await work();
            context.Items[RequestFacts.ResultCount] = count(result);
            context.Items[RequestFacts.Result] = result;
            orchestration.Complete(StatusCodes.Status200OK);
            return result;
        }
        catch (FhirException ex)
        {
            // The database answered; the request was refused. Only an exception escaping here is a failed orchestration.
            orchestration.Complete((int)ex.Status);
            throw;
        }
    }

    // The FHIR names of the interactions, as the CapabilityStatement and OpenHIM show them.
    private static string Name(InteractionRequest request) => request.Kind switch
    {
        InteractionKind.Search => "search-type",
        InteractionKind.HistoryInstance => "history-instance",
        InteractionKind.HistoryType => "history-type",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
