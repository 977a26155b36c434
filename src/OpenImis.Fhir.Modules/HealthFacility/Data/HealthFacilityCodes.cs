namespace OpenImis.Fhir.Modules.HealthFacility.Data;

/// <summary>
/// The fixed <c>tblHF</c> codes, which openIMIS keeps in code rather than in tables; the guide's code systems
/// organization-hf-level and organization-hf-care-type use the same letters.
/// </summary>
internal static class HealthFacilityCodes
{
    public const string LevelDispensary = "D";
    public const string LevelHealthCentre = "C";
    public const string LevelHospital = "H";

    public const string CareTypeInPatient = "I";
    public const string CareTypeOutPatient = "O";
    public const string CareTypeBoth = "B";

    /// <summary>What openIMIS writes in <c>tblHF.status</c> (NOT NULL, no default) for an active facility.</summary>
    public const string StatusActive = "AC";

    public static IReadOnlyDictionary<string, string> Levels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [LevelDispensary] = "Dispensary",
        [LevelHealthCentre] = "Health Centre",
        [LevelHospital] = "Hospital",
    };

    public static IReadOnlyDictionary<string, string> CareTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CareTypeInPatient] = "In-Patient",
        [CareTypeOutPatient] = "Out-Patient",
        [CareTypeBoth] = "Both",
    };
}
