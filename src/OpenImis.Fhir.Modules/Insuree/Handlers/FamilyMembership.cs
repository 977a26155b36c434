using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>
/// Moves insurees into and out of a family. Membership lives on the insuree rows (<c>FamilyID</c>, <c>IsHead</c>),
/// so every insuree whose membership changes gets a new version under the history convention.
/// </summary>
internal static class FamilyMembership
{
    /// <summary>
    /// Makes <paramref name="members"/> the family's live members and <paramref name="head"/> its head; answers the
    /// insurees whose family or head flag changed, for the write's change events (<see cref="MembershipEvents"/>).
    /// </summary>
    public static List<MembershipMove> Apply(ImisDbContext db, Family family, Data.Insuree head, IReadOnlyList<Data.Insuree> members, DateTime utcNow, int auditUserId)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (HeadsAnotherFamily(members[i], family))
            {
                throw FhirException.Unprocessable(
                    $"Group.member[{i}]: Patient/{members[i].Uuid.ToLowerInvariant()} is the head of Group/{members[i].Family!.Uuid.ToLowerInvariant()}; it cannot leave that family while it heads it.",
                    $"Group.member[{i}]");
            }
        }

        var moves = new List<MembershipMove>();
        var leaving = family.Members.Where(m => m.ValidityTo is null && !members.Contains(m)).ToList();
        foreach (var insuree in leaving)
        {
            AddMove(moves, Set(db, insuree, null, false, utcNow, auditUserId));
        }

        foreach (var insuree in members)
        {
            AddMove(moves, Set(db, insuree, family, ReferenceEquals(insuree, head), utcNow, auditUserId));
        }

        family.HeadInsuree = head;
        family.HeadInsureeId = head.Id;
        return moves;
    }

    /// <summary>Takes an insuree out of its family, as a new version.</summary>
    public static MembershipMove? Detach(ImisDbContext db, Data.Insuree insuree, DateTime utcNow, int auditUserId) =>
        Set(db, insuree, null, false, utcNow, auditUserId);

    private static void AddMove(List<MembershipMove> moves, MembershipMove? move)
    {
        if (move is not null)
        {
            moves.Add(move);
        }
    }

    private static bool HeadsAnotherFamily(Data.Insuree insuree, Family family) =>
        insuree.Family is { ValidityTo: null } current
        && !ReferenceEquals(current, family)
        && current.HeadInsureeId == insuree.Id;

    private static MembershipMove? Set(ImisDbContext db, Data.Insuree insuree, Family? family, bool isHead, DateTime utcNow, int auditUserId)
    {
        // A new family has no id yet; its members are linked through the navigation and fixed up on save.
        var unchanged = family is { Id: > 0 } && insuree.FamilyId == family.Id && insuree.IsHead == isHead;
        if (unchanged || (family is null && insuree.FamilyId is null && !insuree.IsHead))
        {
            return null;
        }

        // The family it leaves is known now; the one it joins may be new, its UUID given on save.
        var from = insuree.FamilyId is null ? null : insuree.Family?.Uuid;
        var at = RowHistory.Revise(db, insuree, utcNow, auditUserId);
        insuree.Family = family;
        insuree.FamilyId = family?.Id is > 0 ? family.Id : null;
        insuree.IsHead = isHead;
        return new MembershipMove(insuree, from, family, at);
    }
}
