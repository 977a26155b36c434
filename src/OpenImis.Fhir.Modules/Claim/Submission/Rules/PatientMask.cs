namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>
/// openIMIS's patient category mask (<c>core.utils.patient_category_mask</c>): 1 man (M or O), 2 woman, 4 adult,
/// 8 child. An item or service with a non-zero category is open only to patients whose mask bits it has all of.
/// </summary>
internal static class PatientMask
{
    public const int AgeOfMajority = 18;

    public static int Of(string? gender, DateOnly? birthDate, DateOnly at) =>
        (gender is "M" or "O" ? 1 : 2) | (IsAdult(birthDate, at) ? 4 : 8);

    /// <summary>Exact age in years at <paramref name="at"/>, birthday included, as the Python engine counts it.</summary>
    public static bool IsAdult(DateOnly? birthDate, DateOnly at)
    {
        if (birthDate is not { } birth)
        {
            return true;
        }

        var age = at.Year - birth.Year;
        if (at < birth.AddYears(age))
        {
            age--;
        }

        return age >= AgeOfMajority;
    }

    public static bool Allows(short patientCategory, int mask) => patientCategory == 0 || (patientCategory & mask) == mask;
}
