namespace OpenImis.Fhir.Server.Export;

/// <summary>The three kick-off levels, as stored in the job.</summary>
internal static class ExportLevel
{
    public const string System = "system";
    public const string Patient = "patient";
    public const string Group = "group";

    /// <summary>The Patient compartment's types (R4 CompartmentDefinition patient) that openIMIS maps.</summary>
    public static readonly IReadOnlySet<string> CompartmentTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Patient", "Group", "Coverage", "Claim", "ClaimResponse", "Communication", "CommunicationRequest", "Invoice",
        "CoverageEligibilityRequest", "CoverageEligibilityResponse", "ExplanationOfBenefit", "Account", "Provenance",
    };
}
