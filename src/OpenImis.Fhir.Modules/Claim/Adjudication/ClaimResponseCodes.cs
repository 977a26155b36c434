using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// The ConceptMaps and code systems of ClaimResponse. Built at start-up, so that a missing map stops the server
/// rather than a request.
/// </summary>
internal sealed class ClaimResponseCodes(ConceptMapStore maps)
{
    public const string Profile = OpenImisIg.Base + "/StructureDefinition/openimis-claim-response";
    public const string StatusSystem = OpenImisIg.Base + "/CodeSystem/claim-status";
    public const string RejectionReasonSystem = OpenImisIg.Base + "/CodeSystem/claim-rejection-reasons";
    public const string VisitTypeSystem = OpenImisIg.Base + "/CodeSystem/claim-visit-type";
    public const string ItemReference = OpenImisIg.Base + "/StructureDefinition/claim-item-reference";

    /// <summary>The reason of a line nobody rejected (a NULL <c>RejectionReason</c> is the same).</summary>
    public const short Accepted = 0;

    /// <summary>A reviewer's rejection (openIMIS's medical officer, or a claim-AI through this server).</summary>
    public const short RejectedByMedicalOfficer = -1;

    public ConceptMapTranslation Outcome { get; } = maps.Get(OpenImisIg.ConceptMapBase + "claim-status-outcome");

    public ConceptMapTranslation RejectionReason { get; } = maps.Get(OpenImisIg.ConceptMapBase + "claim-rejection-reason");
}
