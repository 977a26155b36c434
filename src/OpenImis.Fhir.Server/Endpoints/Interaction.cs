using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Observability;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// Runs one handler call: records what the request did for observers (the OpenHIM mediator response) and tracks
/// the handler's database work as an orchestration.
/// </summary>
internal static class Interaction
{
    public static async Task<T> RunAsync<T>(HttpContext context, string type, string name, Func<Task<T>> work, Func<T, int?> count)
    {
        context.Items[RequestFacts.ResourceType] = type;
        context.Items[RequestFacts.Interaction] = name;
        using var orchestration = OrchestrationRecorder.Track($"openIMIS database: {name} {type}", "SQL", $"/fhir/{type}");
        try
        {
            var result = await work();
            context.Items[RequestFacts.ResultCount] = count(result);
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

    public static Task RunAsync(HttpContext context, string type, string name, Func<Task> work) =>
        RunAsync(context, type, name, async () =>
        {
            await work();
            return true;
        }, _ => null);
}
