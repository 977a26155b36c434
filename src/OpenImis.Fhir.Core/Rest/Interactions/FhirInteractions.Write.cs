using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>create, update, patch and delete, each conditional or not.</summary>
public sealed partial class FhirInteractions
{
    private async Task<InteractionResult> CreateAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var handler = Handler<ICreateHandler>(request);
        var resource = RequireBody(request);
        var issues = Check(handler, resource, "create", Prepare(resource, request));
        var criteria = request.IfNoneExist is { } condition ? ConditionalCriteria.FromHeader(condition) : null;
        var result = await transactions.RunAsync(async token =>
        {
            if (criteria is not null && await MatchAsync(request, criteria, "If-None-Exist", token) is { } existing)
            {
                return Written(HttpStatusCode.OK, existing, request, "The resource already exists (If-None-Exist); nothing was created.", null);
            }

            var created = await handler.CreateAsync(Copy(resource), token);
            if (created.TypeName != request.ResourceType)
            {
                // A request answered by another resource and stored nowhere (CoverageEligibilityRequest gives a
                // CoverageEligibilityResponse): nothing was created, so 200 and no Location.
                return Written(HttpStatusCode.OK, created, request, $"Answered the {request.ResourceType} with a {created.TypeName}.", issues);
            }

            Changed(created, ChangeAction.Create);
            return Written(HttpStatusCode.Created, created, request, $"Created {request.ResourceType}/{created.Id}.", issues, VersionLocation(request, created));
        }, cancellationToken);
        return await AnswerAsync(handler, result, request, cancellationToken);
    }

    // A create answered with another type (ICreateAnswer) reads that resource once the write has committed.
    private async Task<InteractionResult> AnswerAsync(ICreateHandler handler, InteractionResult result, InteractionRequest request, CancellationToken cancellationToken)
    {
        if (handler is not ICreateAnswer answer || result.Status != HttpStatusCode.Created || request.Return != PreferReturn.Representation
            || result.VersionOf?.Id is not { } id || !registry.Serves(answer.AnswerType) || !access.Allows(answer.AnswerType, Security.ScopeInteraction.Read))
        {
            return result;
        }

        var body = await registry.Resolve<IReadHandler>(services, answer.AnswerType).ReadAsync(id, cancellationToken);
        return result with { Body = body };
    }

    private async Task<InteractionResult> UpdateAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var handler = Handler<IUpdateHandler>(request);
        var resource = RequireBody(request);
        var prepared = Prepare(resource, request);
        if (request.Id is { } id)
        {
            CheckBodyId(resource, id, required: true);
        }

        var issues = Check(handler, resource, "update", prepared);
        return await transactions.RunAsync(async token =>
        {
            var target = request.Id ?? await ConditionalTargetAsync(request, resource, token);
            if (target is null)
            {
                // A conditional update that matches nothing creates, as FHIR says, when the body has no id.
                access.Demand(request.ResourceType, Security.ScopeInteraction.Create, $"a conditional update that creates a {request.ResourceType}");
                var created = await Handler<ICreateHandler>(request).CreateAsync(Copy(resource), token);
                Changed(created, ChangeAction.Create);
                return Written(HttpStatusCode.Created, created, request, $"Created {request.ResourceType}/{created.Id}.", issues, VersionLocation(request, created));
            }

            var body = Copy(resource);
            body.Id = target;
            var updated = await handler.UpdateAsync(target, body, request.IfMatch, token);
            Changed(updated, ChangeAction.Update);
            return Written(HttpStatusCode.OK, updated, request, $"Updated {request.ResourceType}/{target}.", issues, VersionLocation(request, updated));
        }, cancellationToken);
    }

    private async Task<InteractionResult> PatchAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var handler = Handler<IUpdateHandler>(request);
        var patch = request.Patch ?? throw FhirException.BadRequest("A patch needs a JSON Patch or FHIRPath Patch document in the body.");
        return await transactions.RunAsync(async token =>
        {
            var id = request.Id ?? await SingleMatchIdAsync(request, token);

            // Locked: the patch applies to the version it replaces, so a concurrent write is never undone.
            var current = await handler.ReadForUpdateAsync(id, token);
            CheckIfMatch(current, request.IfMatch);
            var patched = patch.Apply(current);
            var issues = Check(handler, patched, "patch", Prepare(patched, request));
            var updated = await handler.UpdateAsync(id, patched, VersionIds.ETag(current.Meta!.VersionId!), token);
            Changed(updated, ChangeAction.Update);
            return Written(HttpStatusCode.OK, updated, request, $"Patched {request.ResourceType}/{id}.", issues, VersionLocation(request, updated));
        }, cancellationToken);
    }

    private async Task<InteractionResult> DeleteAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        var handler = Handler<IDeleteHandler>(request);
        return await transactions.RunAsync(async token =>
        {
            var id = request.Id ?? await ConditionalDeleteTargetAsync(request, token);
            if (id is not null && await handler.DeleteAsync(id, request.IfMatch, token) is { } version && VersionIds.TryParse(version, out var at))
            {
                outbox.Record(request.ResourceType, id, version, ChangeAction.Delete, at);
            }

            var message = id is null
                ? $"No {request.ResourceType} matched the criteria; nothing was deleted."
                : $"Deleted {request.ResourceType}/{id}.";
            return request.Return == PreferReturn.OperationOutcome
                ? new InteractionResult(HttpStatusCode.OK, Outcomes.Information(message))
                : new InteractionResult(HttpStatusCode.NoContent, null);
        }, cancellationToken);
    }

    // The outbox row of a written version, inserted with the write's commit (WriteTransactions).
    private void Changed(Resource written, string action) =>
        outbox.Record(written.TypeName, written.Id ?? string.Empty, written.Meta?.VersionId, action, written.Meta?.LastUpdated?.UtcDateTime ?? DateTime.UtcNow);

    private static void CheckBodyId(Resource resource, string id, bool required)
    {
        if (string.IsNullOrEmpty(resource.Id))
        {
            if (required)
            {
                throw FhirException.BadRequest($"The {resource.TypeName} in the body has no id; an update needs the id '{id}' of the URL.", $"{resource.TypeName}.id");
            }

            return;
        }

        if (!string.Equals(resource.Id, id, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.BadRequest($"The id '{resource.Id}' in the body differs from the id '{id}' of the target.", $"{resource.TypeName}.id");
        }
    }

    private static void CheckIfMatch(Resource current, string? ifMatch)
    {
        if (ifMatch is not null && VersionIds.FromETag(ifMatch) != current.Meta?.VersionId)
        {
            throw FhirException.PreconditionFailed(
                $"If-Match {ifMatch} does not match the current version {VersionIds.ETag(current.Meta?.VersionId ?? "")} of {current.TypeName}/{current.Id}.");
        }
    }
}
