using OpenImis.Fhir.Modules.Claim.Adjudication;

namespace OpenImis.Fhir.Tests.Modules.Claim.Adjudication;

public sealed class ClaimValuationTests
{
    private static ValuationLine Line(decimal qty, decimal price, string? limitation = null, decimal? value = null, bool excluded = false) =>
        new(qty, price, limitation, value, excluded);

    [Fact]
    public void Valuate_PaysEveryLineInFull_WhenThereAreNoLimits()
    {
        var result = ClaimValuation.Valuate(ValuationLimits.None, [Line(2, 10), Line(1, 5)]);

        Assert.Equal([new LineValuation(0, 20, 0, 0), new LineValuation(0, 5, 0, 0)], result.Lines);
        Assert.Equal((0m, 25m), (result.Deducted, result.Remunerated));
    }

    [Fact]
    public void Valuate_DoesNotPayALine_WhenTheDeductibleAbsorbsItWhole()
    {
        var limits = ValuationLimits.None with { Deductible = 30, DeductedBefore = 5 };

        var result = ClaimValuation.Valuate(limits, [Line(2, 10), Line(1, 20)]);

        // 25 left: the first line (20) is deducted whole and not paid (§6.8, the SQL); the second pays 20 - 5.
        Assert.Equal([new LineValuation(20, 0, 0, 0), new LineValuation(5, 15, 0, 0)], result.Lines);
        Assert.Equal((25m, 15m), (result.Deducted, result.Remunerated));
    }

    [Fact]
    public void Valuate_CutsTheLineAtTheCeiling_WhenPreviousClaimsUsedPartOfIt()
    {
        var limits = ValuationLimits.None with { Ceiling = 100, RemuneratedBefore = 90 };

        var result = ClaimValuation.Valuate(limits, [Line(1, 15), Line(1, 7)]);

        Assert.Equal([new LineValuation(0, 10, 5, 0), new LineValuation(0, 0, 7, 0)], result.Lines);
        Assert.Equal(10m, result.Remunerated);
    }

    [Fact]
    public void Valuate_PaysAnExcludedLineBeyondTheCeiling_WhenTheProductExcludesIt()
    {
        var limits = ValuationLimits.None with { Ceiling = 10, RemuneratedBefore = 10 };

        var result = ClaimValuation.Valuate(limits, [Line(1, 40, excluded: true)]);

        Assert.Equal(new LineValuation(0, 40, 0, 0), Assert.Single(result.Lines));
        Assert.Equal(0m, result.Remunerated);
    }

    [Fact]
    public void Valuate_AppliesFixedAmountAndCoInsurance_WhenTheLineIsLimited()
    {
        var result = ClaimValuation.Valuate(ValuationLimits.None, [Line(3, 10, "F", 8), Line(2, 10, "C", 75)]);

        Assert.Equal([24m, 15m], result.Lines.Select(l => l.Paid));
    }

    [Fact]
    public void Valuate_AppliesCoInsuranceAfterTheDeductible_WhenBothApply()
    {
        var limits = ValuationLimits.None with { Deductible = 20 };

        var result = ClaimValuation.Valuate(limits, [Line(1, 100, "C", 50)]);

        Assert.Equal(new LineValuation(20, 40, 0, 0), Assert.Single(result.Lines));
    }

    [Fact]
    public void Valuate_RecordsTheCategoryExcess_WhenTheCategoryCapIsReached()
    {
        var limits = ValuationLimits.None with { CategoryCap = 50, CategoryBefore = 30 };

        var result = ClaimValuation.Valuate(limits, [Line(1, 30), Line(1, 10)]);

        Assert.Equal([new LineValuation(0, 20, 0, 10), new LineValuation(0, 0, 0, 10)], result.Lines);
        Assert.Equal(20m, result.CategoryPaid);
    }

    [Theory]
    [InlineData("O", null, 12, 9, 12)]
    [InlineData("O", 11, 12, 9, 11)]
    [InlineData("P", null, 12, 9, 9)]
    [InlineData("P", 7, 12, 9, 7)]
    [InlineData("R", 8, 12, 9, 8)]
    public void UnitPrice_PrefersTheApprovedPrice_WhenTheReviewerSetOne(string origin, int? approved, int asked, int listed, int expected) =>
        Assert.Equal(expected, ClaimValuation.UnitPrice(origin, approved, asked, listed));
}
