using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.Features;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// Turns every failure under <c>/fhir</c> into an OperationOutcome: a <see cref="FhirException"/> with its own
/// status, an unavailable database as 503 with <c>Retry-After</c> (both through <see cref="ExceptionOutcomes"/>),
/// bad HTTP from the server, an empty 404/405 from routing, and anything unexpected as a logged 500.
/// </summary>
internal sealed class FhirErrorMiddleware(RequestDelegate next, ILogger<FhirErrorMiddleware> logger)
{
    public async System.Threading.Tasks.Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/fhir"))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
            if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0
                && context.Response.ContentType is null or "application/problem+json")
            {
                await WriteAsync(context, (HttpStatusCode)context.Response.StatusCode, RoutingOutcome(context));
            }
        }
        catch (BadHttpRequestException ex)
        {
            await WriteAsync(context, (HttpStatusCode)ex.StatusCode, Outcomes.Error(OperationOutcome.IssueType.Invalid, ex.Message));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex)
        {
            var failure = ExceptionOutcomes.Map(ex);
            if (failure.IsUnexpected)
            {
                logger.LogError(ex, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            }
            else if (failure.Status == HttpStatusCode.ServiceUnavailable)
            {
                logger.LogWarning("The database is unavailable ({Error}) on {Method} {Path}", ex.GetBaseException().Message, context.Request.Method, context.Request.Path);
            }

            await WriteAsync(context, failure.Status, failure.Outcome, failure.RetryAfter);
        }
    }

    private static OperationOutcome RoutingOutcome(HttpContext context) => context.Response.StatusCode switch
    {
        404 => Outcomes.Error(OperationOutcome.IssueType.NotFound, $"'{context.Request.Path}' is not a FHIR endpoint of this server."),
        405 => Outcomes.Error(OperationOutcome.IssueType.NotSupported, $"{context.Request.Method} is not supported on '{context.Request.Path}'."),
        var status => Outcomes.Error(OperationOutcome.IssueType.Processing, $"The request failed with HTTP {status}."),
    };

    private static async System.Threading.Tasks.Task WriteAsync(HttpContext context, HttpStatusCode status, OperationOutcome outcome, TimeSpan? retryAfter = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        FhirFormat format;
        try
        {
            format = ContentNegotiation.ResponseFormat(context.Request);
        }
        catch (FhirException)
        {
            format = FhirFormat.Json;
        }

        var body = context.RequestServices.GetRequiredService<FhirSerialization>().Serialize(outcome, format, Hl7.Fhir.Rest.SummaryType.False, null, false);
        context.Response.Clear();
        context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = null;
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = $"{ContentNegotiation.MediaType(format)}; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.Body.WriteAsync(body);
    }
}
