using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>Contract search over <c>tblPolicy</c>: the family (subject), a covered insuree (patient), status and dates.</summary>
internal static class ContractSearchParameters
{
    public static IReadOnlyList<SearchParameter<PolicyRow>> All { get; } =
    [
        SearchParameters.Token<PolicyRow>("identifier", "Contract.identifier", "The policy UUID",
            t => IdentifierSearch.Match<PolicyRow>(t, p => null, p => p.Uuid)),
        SearchParameters.Token<PolicyRow>("status", "Contract.status", "offered (Idle) or executed (Active, Suspended or Expired)", Status),
        SearchParameters.Reference<PolicyRow>("subject", "Contract.subject", "The enrolled family",
                r => r.Type is null or "Group"
                    ? Predicates.Through<PolicyRow, Family>(p => p.Family!, Predicates.UuidEquals<Family>(f => f.Uuid, r.Id))
                    : Predicates.False<PolicyRow>())
            .Referring("Group", p => p.Family!.Uuid),
        SearchParameters.Reference<PolicyRow>("patient", "Contract.term.asset.typeReference", "An insuree the policy covers (tblInsureePolicy)",
            r => r.Type is null or "Patient" ? Covers(r.Id) : Predicates.False<PolicyRow>()),
        SearchParameters.Date<PolicyRow>("issued", "Contract.issued", "The enrolment date", p => p.EnrollDate),
        PolicySearch.Period("period", "Contract.term.asset.period", "The policy's start to expiry dates"),
    ];

    private static Expression<Func<PolicyRow, bool>> Covers(string uuid)
    {
        var lower = uuid.ToLowerInvariant();
        var upper = uuid.ToUpperInvariant();
        return p => p.Members.Any(m => m.ValidityTo == null && (m.Insuree!.Uuid == lower || m.Insuree.Uuid == upper));
    }

    private static Expression<Func<PolicyRow, bool>> Status(TokenValue token)
    {
        if (token.System is { Length: > 0 } system && system != PolicyIg.ContractStatusSystem)
        {
            return Predicates.False<PolicyRow>();
        }

        return token.Code switch
        {
            null => Predicates.True<PolicyRow>(),
            "offered" => p => p.Status == null || p.Status == PolicyCodes.StatusIdle || p.Status == PolicyCodes.StatusReady,
            "executed" => p => p.Status == PolicyCodes.StatusActive || p.Status == PolicyCodes.StatusSuspended || p.Status == PolicyCodes.StatusExpired,
            _ => Predicates.False<PolicyRow>(),
        };
    }
}
