using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// <c>$validate</c> at type and instance level. The answer is an OperationOutcome with status 200 whatever the
/// resource's issues; only a request that cannot be understood (unparseable body, unknown profile or mode) is a 400.
/// </summary>
internal static class ValidateInteractions
{
    private const string Operation = "$validate";
    private static readonly string[] Modes = ["create", "update", "delete", "profile"];

    public static Task<IResult> ValidateTypeAsync(HttpContext context, HandlerRegistry registry, ProfileValidator validator, string type) =>
        ValidatePostedAsync(context, registry, validator, type, null);

    public static Task<IResult> ValidateInstanceAsync(
        HttpContext context, HandlerRegistry registry, ProfileValidator validator, string type, string id) =>
        ValidatePostedAsync(context, registry, validator, type, id);

    /// <summary>GET on an instance validates the resource as the server stores it.</summary>
    public static async Task<IResult> ValidateStoredAsync(
        HttpContext context, HandlerRegistry registry, ProfileValidator validator, string type, string id)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, type, Operation);
        var handler = registry.Resolve<IReadHandler>(context.RequestServices, type);
        context.RequestServices.GetRequiredService<AccessPolicy>().Demand(type, ScopeInteraction.Read, $"{Operation} of a stored {type} (it reads it)");
        var stored = await Interaction.RunAsync(context, type, Operation, () => handler.ReadAsync(id, context.RequestAborted), _ => 1);
        var outcome = await ValidateAsync(context.RequestServices, validator, registry, stored, input.Text("profile"));
        return new FhirResult(StatusCodes.Status200OK, Finish(outcome), request);
    }

    private static async Task<IResult> ValidatePostedAsync(
        HttpContext context, HandlerRegistry registry, ProfileValidator validator, string type, string? id)
    {
        var request = FhirRequest.From(context);
        OperationInput.Mark(context, type, Operation);
        if (!ModelInfo.IsKnownResource(type))
        {
            throw FhirException.NotFound($"'{type}' is not a FHIR R4 resource type.");
        }

        var (resource, input, parseIssues) = await ReadBodyAsync(context, type);
        var mode = Mode(input.Text("mode"));
        Authorize(context, registry, type, mode);
        var outcome = new OperationOutcome();
        outcome.Issue.AddRange(parseIssues);
        if (mode is "update" or "delete")
        {
            outcome.Issue.AddRange(await CheckExistsAsync(context, registry, type, id, mode));
            if (mode == "delete")
            {
                return new FhirResult(StatusCodes.Status200OK, Finish(outcome), request);
            }
        }

        if (resource is null)
        {
            throw FhirException.BadRequest($"{Operation} needs the resource: the body, or a Parameters with a 'resource' parameter.");
        }

        if (resource.TypeName != type)
        {
            throw FhirException.BadRequest($"The resource is a {resource.TypeName}, but the URL is for {type}.");
        }

        if (mode == "update" && !string.Equals(resource.Id, id, StringComparison.OrdinalIgnoreCase))
        {
            outcome.Issue.Add(Outcomes.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Invalid,
                $"The resource's id '{resource.Id}' is not the id '{id}' of the URL: an update would be refused.", $"{type}.id"));
        }

        outcome.Issue.AddRange((await ValidateAsync(context.RequestServices, validator, registry, resource, input.Text("profile"))).Issue);
        return new FhirResult(StatusCodes.Status200OK, Finish(outcome), request);
    }

    // The body is the resource itself, or a Parameters carrying it with mode and profile; the query may add both.
    // What the parser objects to is an issue of the resource, reported with the validator's.
    private static async Task<(Resource? Resource, OperationParameters Input, IReadOnlyList<OperationOutcome.IssueComponent> ParseIssues)> ReadBodyAsync(
        HttpContext context, string type)
    {
        var query = OperationParameters.FromQuery(QueryPairs.From(context.Request.Query));
        if (!OperationInput.HasBody(context.Request))
        {
            return (null, query, []);
        }

        var format = ContentNegotiation.RequestFormat(context.Request);
        var text = await RequestBody.ReadTextAsync(context, context.RequestAborted);
        var (body, issues) = context.RequestServices.GetRequiredService<FhirSerialization>().ParseForValidation(text, format);
        if (body is Parameters parameters && type != "Parameters")
        {
            var input = query.Concat(OperationParameters.FromResource(parameters));
            return (input.Resource("resource"), input, issues);
        }

        return (body, query, issues);
    }

    // The one rule that writes use too (ProfileChoice): the profile asked for, then the profiles the resource claims
    // that its type's handler serves, then the handler's own; the claimed ones or the core type when no handler serves it.
    private static async Task<OperationOutcome> ValidateAsync(
        IServiceProvider services, ProfileValidator validator, HandlerRegistry registry, Resource resource, string? profile)
    {
        if (profile is not null && await validator.FindProfileAsync(profile) is null)
        {
            throw new FhirException(HttpStatusCode.BadRequest, Outcomes.Error(
                OperationOutcome.IssueType.NotFound, $"Profile {profile} is not known to this server.", "Parameters.parameter[profile]"));
        }

        var served = registry.Serves(resource.TypeName) ? registry.Resolve(services, resource.TypeName).ProfilesFor(resource) : [];
        var outcome = new OperationOutcome();
        foreach (var url in ProfileChoice.For(resource, profile, served))
        {
            outcome.Issue.AddRange(validator.Validate(resource, url).Issue);
        }

        return outcome;
    }

    private static async Task<IEnumerable<OperationOutcome.IssueComponent>> CheckExistsAsync(
        HttpContext context, HandlerRegistry registry, string type, string? id, string mode)
    {
        if (id is null)
        {
            throw FhirException.BadRequest($"mode={mode} validates against an existing resource: use POST [base]/{type}/[id]/{Operation}.");
        }

        var handler = registry.Resolve<IReadHandler>(context.RequestServices, type);
        try
        {
            await Interaction.RunAsync(context, type, Operation, () => handler.ReadAsync(id, context.RequestAborted), _ => 1);
            return [];
        }
        catch (FhirException ex) when (ex.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return [Outcomes.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.NotFound,
                $"{type}/{id} does not exist: the {mode} would fail. {Outcomes.Describe(ex.Outcome)}")];
        }
    }

    // $validate asks "would this write pass": it needs the write it asks about (c or u when no mode says which).
    // A type no handler serves holds no data here, so validating it against the core spec needs no scope.
    private static void Authorize(HttpContext context, HandlerRegistry registry, string type, string? mode)
    {
        var access = context.RequestServices.GetRequiredService<AccessPolicy>();
        if (access.IsUnrestricted || !registry.Serves(type))
        {
            return;
        }

        var needed = mode switch
        {
            "create" => ScopeInteraction.Create,
            "update" => ScopeInteraction.Update,
            "delete" => ScopeInteraction.Delete,
            _ => access.Allows(type, ScopeInteraction.Update) ? ScopeInteraction.Update : ScopeInteraction.Create,
        };
        access.Demand(type, needed, $"{Operation} (mode {mode ?? "unset"}) on {type}");
    }

    private static string? Mode(string? mode) =>
        mode is null || Modes.Contains(mode)
            ? mode
            : throw FhirException.BadRequest($"mode must be create, update, delete or profile, not '{mode}'.");

    // An OperationOutcome needs at least one issue.
    private static OperationOutcome Finish(OperationOutcome outcome)
    {
        if (outcome.Issue.Count == 0)
        {
            outcome.Issue.Add(Outcomes.Issue(OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational,
                "No issues: the resource conforms."));
        }

        return outcome;
    }
}
