namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>The facts of one covered policy the response reports: its usage and the requested item and service.</summary>
internal sealed record PolicyAnswer(CoveredPolicy Policy, PolicyUsage Usage, RequestedLine? Item, RequestedLine? Service)
{
    public int? CountLeft(BenefitCategory category) =>
        EligibilityFormulas.CountLeft(category.MaxCount(Policy.Product), Usage.Claims(category.ClaimCategory));

    public decimal? AmountLeft(BenefitCategory category) =>
        EligibilityFormulas.AmountLeft(category.MaxAmount(Policy.Product), Usage.Amount(category.ClaimCategory));

    public DateOnly? MinDate(RequestedLine line) => line.Covered ? EligibilityFormulas.MinDate(Policy.EffectiveDate, line.WaitingMonths) : null;

    public static int? Left(RequestedLine line) => line.Covered ? EligibilityFormulas.CountLeft(line.Limit, line.Used) : null;

    /// <summary>Whether the line is refused today; a service also by what is left of its category.</summary>
    public bool Excluded(RequestedLine line, DateOnly today)
    {
        var category = BenefitCategory.Of(line.ServiceCategory);
        return EligibilityFormulas.Excluded(
            line.Covered, Left(line), MinDate(line), today, category is null ? null : CountLeft(category), category is null ? null : AmountLeft(category));
    }
}
