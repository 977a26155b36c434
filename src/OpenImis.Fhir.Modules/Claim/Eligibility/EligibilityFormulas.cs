namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// The arithmetic of the eligibility answer (README decision on §6.9, IG page eligibility), apart from the queries so
/// that unit tests hold it: a NULL limit is no limit, a used quantity never makes a remainder negative.
/// </summary>
internal static class EligibilityFormulas
{
    public const int AgeOfMajority = 18;

    /// <summary>What is left of a count limit; null when there is no limit.</summary>
    public static int? CountLeft(int? limit, decimal used) =>
        limit is { } max ? (int)Math.Max(0m, Math.Floor(max - used)) : null;

    /// <summary>What is left of an amount ceiling; null when there is no ceiling.</summary>
    public static decimal? AmountLeft(decimal? ceiling, decimal used) =>
        ceiling is { } max ? Math.Max(0m, max - used) : null;

    /// <summary>
    /// Exact age in years at <paramref name="on"/>, birthday counted, as openIMIS's Python does (the SQL's calendar
    /// year difference makes some children adults a year early). An unknown birth date counts as adult.
    /// </summary>
    public static bool IsAdult(DateOnly? birthDate, DateOnly on)
    {
        if (birthDate is not { } birth)
        {
            return true;
        }

        var age = on.Year - birth.Year;
        if (on < birth.AddYears(age))
        {
            age--;
        }

        return age >= AgeOfMajority;
    }

    /// <summary>The first day a waiting period lets the insuree use the benefit; null when not yet effective.</summary>
    public static DateOnly? MinDate(DateOnly? effectiveDate, int? waitingMonths) =>
        effectiveDate?.AddMonths(waitingMonths ?? 0);

    /// <summary>
    /// Whether the requested item or service is refused today: not covered by the product, nothing left of its own
    /// limit, still in its waiting period, or (services) nothing left of the count or amount of its category.
    /// </summary>
    public static bool Excluded(bool covered, int? left, DateOnly? minDate, DateOnly today, int? categoryLeft, decimal? categoryAmountLeft) =>
        !covered || left == 0 || minDate > today || categoryLeft == 0 || categoryAmountLeft <= 0m;
}
