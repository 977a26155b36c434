using OpenImis.Fhir.Modules.Claim.Eligibility;

namespace OpenImis.Fhir.Tests.Modules.Claim.Eligibility;

public sealed class EligibilityFormulasTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData(5, 3.0, 2)]
    [InlineData(5, 7.0, 0)]
    [InlineData(5, 2.5, 2)]
    [InlineData(0, 0.0, 0)]
    public void CountLeft_IsTheLimitLessTheUsedQuantity_NeverNegative(int limit, double used, int expected) =>
        Assert.Equal(expected, EligibilityFormulas.CountLeft(limit, (decimal)used));

    [Fact]
    public void CountLeft_IsNull_WhenThereIsNoLimit() => Assert.Null(EligibilityFormulas.CountLeft(null, 12m));

    [Theory]
    [InlineData(1000.0, 450.0, 550.0)]
    [InlineData(1000.0, 1200.0, 0.0)]
    public void AmountLeft_IsTheCeilingReducedByWhatWasUsed_WhenACeilingIsSet(double ceiling, double used, double expected) =>
        Assert.Equal((decimal)expected, EligibilityFormulas.AmountLeft((decimal)ceiling, (decimal)used));

    [Fact]
    public void AmountLeft_IsNull_WhenThereIsNoCeiling() => Assert.Null(EligibilityFormulas.AmountLeft(null, 10m));

    [Theory]
    [InlineData("2008-06-15", true)]
    [InlineData("2008-06-16", false)]
    [InlineData("2008-01-01", true)]
    [InlineData("2008-12-31", false)]
    public void IsAdult_CountsTheBirthday_WhenTheInsureeTurns18ThisYear(string birth, bool adult) =>
        Assert.Equal(adult, EligibilityFormulas.IsAdult(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void IsAdult_IsTrue_WhenTheBirthDateIsUnknown() => Assert.True(EligibilityFormulas.IsAdult(null, Today));

    [Fact]
    public void MinDate_AddsTheWaitingPeriodInMonths_WhenTheInsureeIsEffective()
    {
        Assert.Equal(new DateOnly(2027, 1, 31), EligibilityFormulas.MinDate(new DateOnly(2026, 1, 31), 12));
        Assert.Equal(new DateOnly(2026, 1, 31), EligibilityFormulas.MinDate(new DateOnly(2026, 1, 31), null));
        Assert.Null(EligibilityFormulas.MinDate(null, 3));
    }

    [Theory]
    [InlineData(false, null, null, null, null, true)]
    [InlineData(true, 0, null, null, null, true)]
    [InlineData(true, 2, "2026-06-16", null, null, true)]
    [InlineData(true, 2, "2026-06-15", null, null, false)]
    [InlineData(true, 2, null, 0, null, true)]
    [InlineData(true, 2, null, 1, 0.0, true)]
    [InlineData(true, null, null, null, null, false)]
    [InlineData(true, 1, "2026-01-01", 1, 10.0, false)]
    public void Excluded_RefusesTheLine_WhenAnyLimitIsUsedUpOrTheWaitingPeriodRuns(
        bool covered, int? left, string? minDate, int? categoryLeft, double? categoryAmount, bool excluded) =>
        Assert.Equal(excluded, EligibilityFormulas.Excluded(
            covered, left, minDate is null ? null : DateOnly.Parse(minDate, System.Globalization.CultureInfo.InvariantCulture), Today,
            categoryLeft, (decimal?)categoryAmount));
}
