using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Search;

/// <summary>The Group search parameters over <c>tblFamilies</c>.</summary>
internal static class GroupSearchParameters
{
    public static IReadOnlyList<SearchParameter<Family>> All { get; } =
    [
        SearchParameters.Token<Family>("identifier", "Group.identifier", "The head's CHFID (Code) or the family UUID",
            t => IdentifierSearch.Match<Family>(t, f => f.HeadInsuree!.ChfId, f => f.Uuid))
            .WithOfType().WithMissing(Predicates.True<Family>()),
        SearchParameters.Reference<Family>("member", "Group.member.entity", "The family that has this live insuree",
            Member)
            .Referring("Patient", f => f.Members.Where(m => m.ValidityTo == null).Select(m => m.Uuid)),
    ];

    private static Expression<Func<Family, bool>> Member(ReferenceValue reference)
    {
        if (reference.Type is not (null or "Patient"))
        {
            return Predicates.False<Family>();
        }

        // History copies of an insuree keep its FamilyID, so only the live row counts as a member.
        var live = Predicates.And<Data.Insuree>(m => m.ValidityTo == null, Predicates.UuidEquals<Data.Insuree>(m => m.Uuid, reference.Id));
        return f => f.Members.AsQueryable().Any(live);
    }
}
