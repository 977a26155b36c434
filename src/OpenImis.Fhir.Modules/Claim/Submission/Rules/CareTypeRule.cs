namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>
/// Care type (code 10), the legacy documented formula (decision §6.3): an in-patient line needs an in-patient
/// facility and a multi-day claim; an out-patient line needs an out-patient facility and a single-day claim.
/// B (both, and NULL on the facility) restricts nothing on its side.
/// </summary>
internal static class CareTypeRule
{
    public static bool Rejects(string? facilityCareType, string? lineCareType, bool multiDay)
    {
        var facility = string.IsNullOrEmpty(facilityCareType) ? "B" : facilityCareType;
        return lineCareType switch
        {
            "I" => facility == "O" || !multiDay,
            "O" => facility == "I" || multiDay,
            _ => false,
        };
    }
}
