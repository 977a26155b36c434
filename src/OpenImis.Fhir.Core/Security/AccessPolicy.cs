using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Security;

/// <summary>
/// The engine's one question about the caller of the scope: may it do an interaction on a type. A refusal is a 403
/// with an OperationOutcome that names the scope it would need and why the token's scopes fall short.
/// <see cref="FhirCaller.Unrestricted"/> (Auth:Mode none, the server's own jobs) passes everything.
/// </summary>
public sealed class AccessPolicy(FhirCallerContext context)
{
    /// <summary>The caller.</summary>
    public FhirCaller Caller => context.Caller;

    /// <summary>True when no scope applies.</summary>
    public bool IsUnrestricted => context.Caller.IsUnrestricted;

    /// <summary>True when the caller may do every one of <paramref name="interaction"/> on <paramref name="resourceType"/>.</summary>
    public bool Allows(string resourceType, ScopeInteraction interaction)
    {
        var caller = context.Caller;
        return caller.IsUnrestricted || (caller.Access.Allowed(resourceType, caller.OpenImisUserId is not null) & interaction) == interaction;
    }

    /// <summary>True when the caller may see resources of the type at all (read or search): what an include needs.</summary>
    public bool CanSee(string resourceType) => Allows(resourceType, ScopeInteraction.Read) || Allows(resourceType, ScopeInteraction.Search);

    /// <summary>403 unless the caller may do every one of <paramref name="interaction"/> on <paramref name="resourceType"/>.</summary>
    public void Demand(string resourceType, ScopeInteraction interaction, string what)
    {
        if (!Allows(resourceType, interaction))
        {
            throw Forbidden(resourceType, interaction, what);
        }
    }

    /// <summary>The 403 for a refused interaction, with the reasons the caller's scopes give.</summary>
    public FhirException Forbidden(string resourceType, ScopeInteraction interaction, string what)
    {
        var caller = context.Caller;
        var letters = ScopeParser.Letters(interaction);
        var message = $"The token does not allow {what}: it needs the scope system/{resourceType}.{letters} (or user/, v1 .read/.write, or the type *).";
        var outcome = Outcomes.Error(OperationOutcome.IssueType.Forbidden, message);
        var hasUser = caller.OpenImisUserId is not null;
        if (!hasUser && caller.Access.Grants.Any(g => g.Context == ScopeContext.User && g.Covers(resourceType)))
        {
            outcome.Issue.Add(Note("user/ scopes act for an openIMIS user, and this token maps to none (see Auth:UserClaim)."));
        }

        if (caller.Access.NoteFor(resourceType) is { } narrowed)
        {
            outcome.Issue.Add(Note(narrowed));
        }

        foreach (var refused in caller.Access.Refused)
        {
            outcome.Issue.Add(Note(refused));
        }

        return new FhirException(HttpStatusCode.Forbidden, outcome);
    }

    private static OperationOutcome.IssueComponent Note(string text) =>
        Outcomes.Issue(OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Forbidden, text);
}
