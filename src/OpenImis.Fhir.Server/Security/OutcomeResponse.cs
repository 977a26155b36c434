using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Server.Endpoints;

namespace OpenImis.Fhir.Server.Security;

/// <summary>Answers a refused request with an OperationOutcome in the format the client asked for.</summary>
internal static class OutcomeResponse
{
    public static async System.Threading.Tasks.Task WriteAsync(
        HttpContext context, int status, OperationOutcome.IssueType code, string message, TimeSpan? retryAfter = null)
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

        var outcome = Outcomes.Error(code, message);
        var body = context.RequestServices.GetRequiredService<FhirSerialization>().Serialize(outcome, format, Hl7.Fhir.Rest.SummaryType.False, null, false);
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{ContentNegotiation.MediaType(format)}; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
