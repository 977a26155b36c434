using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Observability;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>Reads an operation's parameters: the query string, plus a Parameters body or a form on POST.</summary>
internal static class OperationInput
{
    public static async Task<OperationParameters> ReadAsync(HttpContext context, string type, string operation)
    {
        Mark(context, type, operation);
        var query = OperationParameters.FromQuery(QueryPairs.From(context.Request.Query));
        if (!HttpMethods.IsPost(context.Request.Method) || !HasBody(context.Request))
        {
            return query;
        }

        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return query.Concat(OperationParameters.FromQuery(QueryPairs.From(form)));
        }

        var body = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
        return body is Parameters parameters
            ? query.Concat(OperationParameters.FromResource(parameters))
            : throw FhirException.BadRequest($"The body of {operation} must be a Parameters resource, not a {body.TypeName}.");
    }

    /// <summary>Whether the request carries a body: a POST with all its parameters in the query has none.</summary>
    public static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.ContentType is not null);

    /// <summary>Tells observers (the OpenHIM mediator response) which operation ran.</summary>
    public static void Mark(HttpContext context, string type, string operation)
    {
        context.Items[RequestFacts.ResourceType] = type;
        context.Items[RequestFacts.Interaction] = operation;
    }
}
