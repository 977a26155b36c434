using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>
/// The change events of a membership change that a write makes besides its own resource. Membership lives on the
/// insuree rows, so a family (Group) whose members change gets no new row version: its event carries the instant
/// of the change (the insuree version's <c>ValidityFrom</c>, or <c>ValidityTo</c> for a deleted member) as its version
/// id. The change detector (<see cref="GroupHandler"/>) derives the same id from the same rows, so the outbox's unique
/// index (type, id, version) keeps one event per change whichever finds it first, and a second move of the same
/// family is a different instant, never swallowed.
/// </summary>
internal sealed class MembershipEvents(ChangeOutbox outbox)
{
    /// <summary>Records a Group update for each family (old and new, when set and different) at <paramref name="at"/>.</summary>
    public void FamiliesChanged(string? fromFamilyUuid, string? toFamilyUuid, DateTime at)
    {
        foreach (var family in new[] { fromFamilyUuid, toFamilyUuid }.OfType<string>().Select(u => u.ToLowerInvariant()).Distinct())
        {
            outbox.Record("Group", family, VersionIds.From(at), ChangeAction.Update, at);
        }
    }

    /// <summary>Records what a Group write's moves changed: each moved Patient's new version and the families it left and joined.</summary>
    public void Moved(IEnumerable<MembershipMove> moves)
    {
        foreach (var move in moves)
        {
            outbox.Record("Patient", move.Insuree.Uuid, VersionIds.From(move.At), ChangeAction.Update, move.At);
            FamiliesChanged(move.FromFamilyUuid, move.ToFamily?.Uuid, move.At);
        }
    }
}
