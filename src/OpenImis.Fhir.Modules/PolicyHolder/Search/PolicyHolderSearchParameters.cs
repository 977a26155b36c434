using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.PolicyHolder.Data;
using OpenImis.Fhir.Modules.PolicyHolder.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.PolicyHolder.Search;

/// <summary>The Organization search parameters over <c>tblPolicyHolder</c>, with the names the other sources use.</summary>
internal static class PolicyHolderSearchParameters
{
    public static IReadOnlyList<SearchParameter<PolicyHolderRow>> All { get; } =
    [
        SearchParameters.Token<PolicyHolderRow>("_id", "Resource.id", "Logical id of this artifact",
            t => Guid.TryParse(t.Code, out var id) ? p => p.Id == id : Predicates.False<PolicyHolderRow>())
            .WithDefinition(CoreSearchParameters.Id)
            .Identifying(p => p.Id.ToString()),
        SearchParameters.Instant<PolicyHolderRow>("_lastUpdated", "Resource.meta.lastUpdated", "When the resource version last changed",
            p => p.DateUpdated ?? p.DateValidFrom).WithDefinition(CoreSearchParameters.LastUpdated),
        SearchParameters.Token<PolicyHolderRow>("identifier", "Organization.identifier", "The organisation's code (Code) or UUID",
            Identifier),
        SearchParameters.Text<PolicyHolderRow>("name", "Organization.name", "A part of the organisation's name", p => p.TradeName),
        SearchParameters.Token<PolicyHolderRow>("type", "Organization.type", "ins (insurer), bus (policy holder) or prov (health facility)",
            t => t.Code == "bus" && t.System is null or "" or PolicyHolderMapper.OrganizationTypeSystem
                ? Predicates.True<PolicyHolderRow>()
                : Predicates.False<PolicyHolderRow>()),
    ];

    // The UUID is a uuid column here, not text: compared as a Guid.
    private static System.Linq.Expressions.Expression<Func<PolicyHolderRow, bool>> Identifier(TokenValue token)
    {
        var byCode = token.System is null or "" or IgIdentifiers.Code && token.Code is { } code
            ? p => p.Code == code
            : Predicates.False<PolicyHolderRow>();
        var byUuid = token.System is null or "" or IgIdentifiers.Uuid && Guid.TryParse(token.Code, out var id)
            ? p => p.Id == id
            : Predicates.False<PolicyHolderRow>();
        return Predicates.Or(byCode, byUuid);
    }
}
