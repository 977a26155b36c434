using System.Net;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.Subscriptions;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// The engine: runs one FHIR interaction given as a plain <see cref="InteractionRequest"/>, whether it came from an
/// HTTP endpoint or from a batch or transaction entry. Conditional create, update, patch and delete, If-Match, the
/// choice of profile, validation on write and <c>Prefer: return</c> live here and nowhere else. Every write runs in
/// a transaction (<see cref="WriteTransactions"/>) that holds the locks its checks rely on.
/// </summary>
public sealed partial class FhirInteractions(
    IServiceProvider services,
    HandlerRegistry registry,
    ImisDbContext db,
    WriteTransactions transactions,
    ChangeOutbox outbox,
    WriteValidator validation,
    LegacyCodings legacyCodings,
    IOptionsMonitor<SearchOptions> searchOptions,
    AccessPolicy access)
{
    private static readonly IReadOnlySet<string> UnderstoodModifiers = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Runs the interaction; failures are <see cref="FhirException"/>s (403 when the caller's scopes do not allow it).</summary>
    public Task<InteractionResult> ExecuteAsync(InteractionRequest request, CancellationToken cancellationToken)
    {
        Authorize(request);
        return RunAsync(request, cancellationToken);
    }

    /// <summary>
    /// 403 unless the caller's scopes allow the interaction: read, vread and history need r, search s, create c,
    /// update and patch u, delete d; a conditional write also needs s (it searches), and so does a conditional create.
    /// An unserved type is left to the handler registry's 404.
    /// </summary>
    public void Authorize(InteractionRequest request)
    {
        if (access.IsUnrestricted || !registry.Serves(request.ResourceType))
        {
            return;
        }

        var conditional = request.Kind is InteractionKind.Update or InteractionKind.Patch or InteractionKind.Delete && request.Id is null
            || request.Kind == InteractionKind.Create && request.IfNoneExist is not null;
        var needed = request.Kind switch
        {
            InteractionKind.Read or InteractionKind.VRead or InteractionKind.HistoryInstance or InteractionKind.HistoryType => ScopeInteraction.Read,
            InteractionKind.Search => ScopeInteraction.Search,
            InteractionKind.Create => ScopeInteraction.Create,
            InteractionKind.Update or InteractionKind.Patch => ScopeInteraction.Update,
            InteractionKind.Delete => ScopeInteraction.Delete,
            _ => ScopeInteraction.None,
        } | (conditional ? ScopeInteraction.Search : ScopeInteraction.None);
        access.Demand(request.ResourceType, needed, $"{Describe(request.Kind, conditional)} on {request.ResourceType}");
    }

    private static string Describe(InteractionKind kind, bool conditional) =>
        (conditional ? "conditional " : string.Empty) + kind switch
        {
            InteractionKind.HistoryInstance or InteractionKind.HistoryType => "history",
            var other => other.ToString().ToLowerInvariant(),
        };

    private Task<InteractionResult> RunAsync(InteractionRequest request, CancellationToken cancellationToken) => request.Kind switch
    {
        InteractionKind.Read => ReadAsync(request, cancellationToken),
        InteractionKind.VRead => ReadVersionAsync(request, cancellationToken),
        InteractionKind.Search => SearchAsync(request, cancellationToken),
        InteractionKind.HistoryInstance or InteractionKind.HistoryType => HistoryAsync(request, cancellationToken),
        InteractionKind.Create => CreateAsync(request, cancellationToken),
        InteractionKind.Update => UpdateAsync(request, cancellationToken),
        InteractionKind.Patch => PatchAsync(request, cancellationToken),
        InteractionKind.Delete => DeleteAsync(request, cancellationToken),
        _ => throw FhirException.NotSupported($"The {request.Kind} interaction is not supported."),
    };

    /// <summary>The handler of the request's type for the interaction; 404 for an unserved type, 405 for an unsupported interaction.</summary>
    private T Handler<T>(InteractionRequest request)
        where T : class, IResourceHandler => registry.Resolve<T>(services, request.ResourceType);

    private static string RequireId(InteractionRequest request) =>
        request.Id ?? throw FhirException.BadRequest($"The {request.Kind} interaction needs a resource id.");

    private static Resource RequireBody(InteractionRequest request) =>
        request.Resource ?? throw FhirException.BadRequest($"The {request.Kind} interaction needs a {request.ResourceType} in the body.");

    // What every resource goes through before a handler writes it: the right type, no modifier extension it would
    // have to ignore (none of the guide's extensions is a modifier), references to this server made relative, and
    // coding systems spelled as existing openIMIS clients spell them read as the guide's (warnings returned).
    private IReadOnlyList<OperationOutcome.IssueComponent> Prepare(Resource resource, InteractionRequest request)
    {
        if (resource.TypeName != request.ResourceType)
        {
            throw FhirException.BadRequest($"The body is a {resource.TypeName}, but the URL is for {request.ResourceType}.");
        }

        ModifierExtensions.ThrowIfUnknown(resource, UnderstoodModifiers);
        ResourceReferences.MakeLocal(resource, request.BaseUrl);
        return legacyCodings.Normalise(resource);
    }

    // Validation on write, with the warnings of Prepare in front of its own issues.
    private OperationOutcome? Check(IResourceHandler handler, Resource resource, string interaction, IReadOnlyList<OperationOutcome.IssueComponent> prepared)
    {
        var outcome = validation.Check(handler, resource, interaction);
        if (prepared.Count == 0)
        {
            return outcome;
        }

        outcome ??= new OperationOutcome();
        outcome.Issue.InsertRange(0, prepared);
        return outcome;
    }

    // The answer to a write, shaped by Prefer: return. Warn-mode validation issues reach the client only where
    // FHIR has room for them: the OperationOutcome that Prefer: return=OperationOutcome asks for.
    private static InteractionResult Written(
        HttpStatusCode status, Resource resource, InteractionRequest request, string message, OperationOutcome? issues, string? location = null)
    {
        var body = request.Return switch
        {
            PreferReturn.Minimal => null,
            PreferReturn.OperationOutcome => WithIssues(Outcomes.Information(message), issues),
            _ => resource,
        };
        return new InteractionResult(status, body, resource, location);
    }

    private static OperationOutcome WithIssues(OperationOutcome outcome, OperationOutcome? issues)
    {
        outcome.Issue.AddRange(issues?.Issue ?? []);
        return outcome;
    }

    private static string VersionLocation(InteractionRequest request, Resource resource) =>
        $"{request.BaseUrl}/{request.ResourceType}/{resource.Id}/_history/{resource.Meta?.VersionId}";

    // Each write gets a copy, so that a write run again after a lost race starts from what the client sent.
    private static T Copy<T>(T resource)
        where T : Resource => (T)resource.DeepCopy();
}
