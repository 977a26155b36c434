using System.Text;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Observability;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Answers requests routed by OpenHIM in the mediator format: buffers whatever the FHIR pipeline
/// wrote, then wraps it with the status, orchestrations and properties the OpenHIM console shows.
/// Requests without X-OpenHIM-TransactionID pass through untouched.
/// Must run outside any response compression, which would leave bytes that are not the FHIR text.
/// </summary>
internal sealed class MediatorResponseMiddleware(
    RequestDelegate next,
    IOptionsMonitor<OpenHimOptions> options,
    ILogger<MediatorResponseMiddleware> logger)
{
    public const string TransactionIdHeader = "X-OpenHIM-TransactionID";
    public const string ClientIdHeader = "X-OpenHIM-ClientID";

    // The core drops these when it copies response.headers to the client; sending them would mislead.
    private static readonly HashSet<string> DroppedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Length", "Transfer-Encoding", "Content-Encoding",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.CurrentValue;
        if (!settings.MediatorResponses || !context.Request.Headers.TryGetValue(TransactionIdHeader, out var transactionId))
        {
            await next(context);
            return;
        }

        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["OpenHimTransactionId"] = transactionId.ToString(),
            ["OpenHimClientId"] = context.Request.Headers[ClientIdHeader].ToString(),
        });

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        using var orchestrations = OrchestrationRecorder.StartCollection();
        string? error = null;
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Unhandled error while answering OpenHIM transaction {TransactionId}", transactionId.ToString());
            error = $"Unhandled {ex.GetType().Name}: {ex.Message}";
            await WriteServerErrorAsync(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var exchange = Describe(context, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), orchestrations.Entries, error, settings.FhirPath);
        var payload = Encoding.UTF8.GetBytes(MediatorResponseBuilder.Build(settings.Urn, exchange).ToJsonString());
        context.Response.ContentType = MediatorResponseBuilder.ContentType;
        context.Response.ContentLength = payload.Length;
        await context.Response.Body.WriteAsync(payload, context.RequestAborted);
    }

    private static async Task WriteServerErrorAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = OperationOutcomeJson.ContentType;
        await context.Response.WriteAsync(OperationOutcomeJson.Create("fatal", "exception", "An unexpected error occurred on the server."));
    }

    private static MediatorExchange Describe(
        HttpContext context, string body, IReadOnlyList<OrchestrationEntry> orchestrations, string? error, string fhirPath)
    {
        var response = context.Response;
        var headers = response.Headers
            .Where(h => !DroppedHeaders.Contains(h.Key))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);

        // Facts set by the REST layer win; the request path and then the body fill what is missing.
        var items = context.Items;
        var summary = FhirBodySummary.Parse(body);
        var (pathType, pathInteraction) = FhirInteraction.Infer(context.Request.Method, context.Request.Path, fhirPath);
        var bodyType = summary.ResourceType is "OperationOutcome" ? null : summary.ResourceType;

        return new MediatorExchange(
            response.StatusCode,
            headers,
            body,
            DateTimeOffset.UtcNow,
            items[RequestFacts.ResourceType] as string ?? pathType ?? bodyType,
            items[RequestFacts.Interaction] as string ?? pathInteraction,
            items[RequestFacts.ResultCount] as int? ?? summary.Total,
            items[RequestFacts.FailedEntryCount] as int? ?? summary.FailedEntryCount,
            orchestrations,
            error ?? summary.Diagnostics);
    }
}
