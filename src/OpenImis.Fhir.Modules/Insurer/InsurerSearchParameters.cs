using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>The Organization search parameters over the configured insurer, with the names the other sources use.</summary>
internal static class InsurerSearchParameters
{
    public static IReadOnlyList<ISearchParameter> All { get; } =
    [
        SearchParameters.Token<InsurerEntry>("_id", "Resource.id", "Logical id of this artifact",
            t => t.Code is null ? Predicates.False<InsurerEntry>() : Predicates.UuidEquals<InsurerEntry>(e => e.Id, t.Code))
            .WithDefinition(CoreSearchParameters.Id)
            .Identifying(e => e.Id),
        SearchParameters.Instant<InsurerEntry>("_lastUpdated", "Resource.meta.lastUpdated", "When the resource version last changed",
            e => e.LastUpdated).WithDefinition(CoreSearchParameters.LastUpdated),
        SearchParameters.Token<InsurerEntry>("identifier", "Organization.identifier", "The organisation's code (Code) or UUID",
            t => IdentifierSearch.Match<InsurerEntry>(t, e => e.Code, e => e.Id)),
        SearchParameters.Text<InsurerEntry>("name", "Organization.name", "A part of the organisation's name", e => e.Name),
        SearchParameters.Token<InsurerEntry>("type", "Organization.type", "ins (insurer), bus (policy holder) or prov (health facility)",
            t => t.Code == "ins" && t.System is null or "" or InsurerMapper.OrganizationTypeSystem
                ? Predicates.True<InsurerEntry>()
                : Predicates.False<InsurerEntry>()),
    ];
}
