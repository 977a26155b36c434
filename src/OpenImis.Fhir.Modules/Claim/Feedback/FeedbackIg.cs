using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Feedback;

/// <summary>The guide's URLs and codes of feedback: the five questions, their payload-type extension, the status reasons.</summary>
internal static class FeedbackIg
{
    public const string RequestProfile = OpenImisIg.Base + "/StructureDefinition/openimis-communication-request";
    public const string CommunicationProfile = OpenImisIg.Base + "/StructureDefinition/openimis-communication";
    public const string PayloadType = OpenImisIg.Base + "/StructureDefinition/communication-payload-type";
    public const string PayloadSystem = OpenImisIg.Base + "/CodeSystem/feedback-payload";
    public const string StatusSystem = OpenImisIg.Base + "/CodeSystem/feedback-status";

    public const string CareRendered = "CareRendered";
    public const string PaymentAsked = "PaymentAsked";
    public const string DrugPrescribed = "DrugPrescribed";
    public const string DrugReceived = "DrugReceived";

    // openIMIS's spelling, in the code system and the column alike.
    public const string Assessment = "Asessment";

    /// <summary>The five questions in the guide's order, with the text the CommunicationRequest slices fix.</summary>
    public static readonly IReadOnlyList<(string Code, string Question)> Questions =
    [
        (CareRendered, "Care Rendered? (yes|no)"),
        (PaymentAsked, "Payment Asked? (yes|no)"),
        (DrugPrescribed, "Drug Prescribed? (yes|no)"),
        (DrugReceived, "Drug Received? (yes|no)"),
        (Assessment, "Asessment? (0|1|2|3|4|5)"),
    ];

    public static Extension TypeExtension(string code) =>
        new(PayloadType, new CodeableConcept { Coding = [new Coding(PayloadSystem, code)] });

    /// <summary>The payload-type code of a payload; null when it has none.</summary>
    public static string? TypeOf(Hl7.Fhir.Model.Communication.PayloadComponent payload) =>
        (payload.GetExtension(PayloadType)?.Value as CodeableConcept)?.Coding.FirstOrDefault(c => c.System is null || c.System == PayloadSystem)?.Code;
}
