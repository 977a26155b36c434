using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Mapping;

/// <summary>The guide's canonical URLs and codes for Claim.</summary>
internal static class ClaimFhir
{
    public const string Profile = OpenImisIg.Base + "/StructureDefinition/openimis-claim";
    public const string VisitTypeSystem = OpenImisIg.Base + "/CodeSystem/claim-visit-type";
    public const string ItemCategorySystem = OpenImisIg.Base + "/CodeSystem/claim-item-category";
    public const string SupportingInfoSystem = OpenImisIg.Base + "/CodeSystem/claim-supporting-info-category";
    public const string ItemReference = OpenImisIg.Base + "/StructureDefinition/claim-item-reference";
    public const string PrioritySystem = "http://terminology.hl7.org/CodeSystem/processpriority";

    public const string Item = "item";
    public const string Service = "service";
    public const string Explanation = "explanation";
    public const string Guarantee = "guarantee";

    /// <summary>openIMIS visit types: E emergency, R referral, O other (the default, as openIMIS's own).</summary>
    public static readonly IReadOnlyDictionary<string, string> VisitTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["E"] = "Emergency",
        ["R"] = "Referral",
        ["O"] = "Other",
    };
}
