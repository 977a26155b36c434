using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy.Coverage;

/// <summary>
/// Coverage search over <c>tblPolicy</c>. The family head is beneficiary, policy holder and payor (as emitted);
/// <c>policy-holder</c> also takes the family itself (<c>Group/&lt;uuid&gt;</c>), and <c>class</c> the product code.
/// </summary>
internal static class CoverageSearchParameters
{
    public static IReadOnlyList<SearchParameter<PolicyRow>> All { get; } =
    [
        SearchParameters.Token<PolicyRow>("identifier", "Coverage.identifier", "The policy UUID",
            t => IdentifierSearch.Match<PolicyRow>(t, p => null, p => p.Uuid)),
        SearchParameters.Token<PolicyRow>("status", "Coverage.status", "draft (Idle), active (Active or Expired) or cancelled (Suspended)",
            t => Status(t, FinancialStatusSystem)),
        Head("beneficiary", "Coverage.beneficiary", "The family head the policy covers"),
        Head("payor", "Coverage.payor", "Who pays: the family head (informal sector)"),
        SearchParameters.Reference<PolicyRow>("policy-holder", "Coverage.policyHolder", "The family head, or the family (Group)",
                r => r.Type switch
                {
                    "Group" => Predicates.Through<PolicyRow, Family>(p => p.Family!, Predicates.UuidEquals<Family>(f => f.Uuid, r.Id)),
                    null or "Patient" => HeadIs(r.Id),
                    _ => Predicates.False<PolicyRow>(),
                })
            .Referring("Patient", p => p.Family!.HeadInsuree!.Uuid),
        SearchParameters.Token<PolicyRow>("class-value", "Coverage.class.value", "The product code",
            t => t.Code is null ? Predicates.True<PolicyRow>() : p => p.Product!.ProductCode == t.Code),
        SearchParameters.Token<PolicyRow>("class-type", "Coverage.class.type", "Always plan",
            t => t.Code is null or "plan" ? Predicates.True<PolicyRow>() : Predicates.False<PolicyRow>()),
        PolicySearch.Period("period", "Coverage.period", "The policy's start to expiry dates"),
    ];

    private const string FinancialStatusSystem = PolicyIg.FinancialStatusSystem;

    private static SearchParameter<PolicyRow> Head(string name, string expression, string description) =>
        SearchParameters.Reference<PolicyRow>(name, expression, description,
                r => r.Type is null or "Patient" ? HeadIs(r.Id) : Predicates.False<PolicyRow>())
            .Referring("Patient", p => p.Family!.HeadInsuree!.Uuid);

    private static Expression<Func<PolicyRow, bool>> HeadIs(string uuid) =>
        Predicates.Through<PolicyRow, Insuree.Data.Insuree>(p => p.Family!.HeadInsuree!, Predicates.UuidEquals<Insuree.Data.Insuree>(i => i.Uuid, uuid));

    private static Expression<Func<PolicyRow, bool>> Status(TokenValue token, string system)
    {
        if (token.System is { Length: > 0 } given && given != system)
        {
            return Predicates.False<PolicyRow>();
        }

        if (token.Code is null)
        {
            return Predicates.True<PolicyRow>();
        }

        var statuses = CoverageMapper.StatusesOf(token.Code);
        return p => p.Status != null && statuses.Contains(p.Status.Value);
    }
}
