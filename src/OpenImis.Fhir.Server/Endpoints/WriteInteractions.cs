using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>create (with If-None-Exist), update and delete, honouring Prefer: return.</summary>
internal static class WriteInteractions
{
    public static async Task<IResult> CreateAsync(HttpContext context, HandlerRegistry registry, string type)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<ICreateHandler>(context.RequestServices, type);
        var resource = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
        EnsureType(resource, type);

        var existing = await FindExistingAsync(context, registry, type, request);
        if (existing is not null)
        {
            var found = Respond(StatusCodes.Status200OK, existing, request, "The resource already exists (If-None-Exist); nothing was created.");
            return new FhirResult(found.Status, found.Body, request) { VersionOf = existing };
        }

        var issues = WriteValidation.Check(context, handler, resource, "create");
        var created = await Interaction.RunAsync(context, type, "create", () => handler.CreateAsync(resource, context.RequestAborted), _ => 1);
        var result = Respond(StatusCodes.Status201Created, created, request, $"Created {type}/{created.Id}.", issues);
        return new FhirResult(result.Status, result.Body, request)
        {
            VersionOf = created,
            Location = $"{request.BaseUrl}/{type}/{created.Id}/_history/{created.Meta?.VersionId}",
        };
    }

    public static async Task<IResult> UpdateAsync(HttpContext context, HandlerRegistry registry, string type, string id)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<IUpdateHandler>(context.RequestServices, type);
        var resource = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
        EnsureType(resource, type);
        if (string.IsNullOrEmpty(resource.Id))
        {
            throw FhirException.BadRequest($"The {type} in the body has no id; an update needs the id '{id}' of the URL.", $"{type}.id");
        }

        if (!string.Equals(resource.Id, id, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.BadRequest($"The id '{resource.Id}' in the body differs from the id '{id}' in the URL.", $"{type}.id");
        }

        var ifMatch = NullIfEmpty(context.Request.Headers.IfMatch.ToString());
        var issues = WriteValidation.Check(context, handler, resource, "update");
        var updated = await Interaction.RunAsync(
            context, type, "update", () => handler.UpdateAsync(id, resource, ifMatch, context.RequestAborted), _ => 1);
        var result = Respond(StatusCodes.Status200OK, updated, request, $"Updated {type}/{id}.", issues);
        return new FhirResult(result.Status, result.Body, request) { VersionOf = updated };
    }

    public static async Task<IResult> DeleteAsync(HttpContext context, HandlerRegistry registry, string type, string id)
    {
        var request = FhirRequest.From(context);
        var handler = registry.Resolve<IDeleteHandler>(context.RequestServices, type);
        var ifMatch = NullIfEmpty(context.Request.Headers.IfMatch.ToString());
        await Interaction.RunAsync(context, type, "delete", () => handler.DeleteAsync(id, ifMatch, context.RequestAborted));
        return request.PreferReturn == "OperationOutcome"
            ? new FhirResult(StatusCodes.Status200OK, Outcomes.Information($"Deleted {type}/{id}."), request)
            : new FhirResult(StatusCodes.Status204NoContent, null, request);
    }

    private static async Task<Resource?> FindExistingAsync(HttpContext context, HandlerRegistry registry, string type, FhirRequest request)
    {
        var condition = context.Request.Headers["If-None-Exist"].ToString();
        if (condition.Length == 0)
        {
            return null;
        }

        var search = registry.Resolve<ISearchHandler>(context.RequestServices, type);
        var parameters = QueryPairs.From(QueryHelpers.ParseQuery(condition.StartsWith('?') ? condition : "?" + condition));
        if (parameters.Count == 0)
        {
            throw FhirException.BadRequest($"If-None-Exist '{condition}' holds no search parameter.");
        }

        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<SearchOptions>>().CurrentValue;

        // Always strict: ignoring an unknown criterion would match more than the client meant.
        var query = SearchQueryParser.Parse(parameters, search.SearchParameters, options, strict: true) with { Count = 2, Offset = 0 };
        var found = await Interaction.RunAsync(
            context, type, "create", () => search.SearchAsync(query, context.RequestAborted), r => r.Matches.Count);
        return found.Matches.Count switch
        {
            0 => null,
            1 => found.Matches[0],
            _ => throw FhirException.PreconditionFailed($"If-None-Exist '{condition}' matches more than one {type}."),
        };
    }

    // The validation issues of a write in warn mode reach the client only where FHIR has room for them: the
    // OperationOutcome that Prefer: return=OperationOutcome asks for.
    private static (int Status, Resource? Body) Respond(
        int status, Resource resource, FhirRequest request, string message, OperationOutcome? issues = null) =>
        request.PreferReturn switch
        {
            "minimal" => (status, null),
            "OperationOutcome" => (status, WithIssues(Outcomes.Information(message), issues)),
            _ => (status, resource),
        };

    private static OperationOutcome WithIssues(OperationOutcome outcome, OperationOutcome? issues)
    {
        outcome.Issue.AddRange(issues?.Issue ?? []);
        return outcome;
    }

    private static void EnsureType(Resource resource, string type)
    {
        if (resource.TypeName != type)
        {
            throw FhirException.BadRequest($"The body is a {resource.TypeName}, but the URL is for {type}.");
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
