using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Submission;

namespace OpenImis.Fhir.Tests.Modules.Claim.Submission;

/// <summary>A line's deducted, paid and over-ceiling amounts, and the ceiling of a policy with extra members.</summary>
public sealed class LineAmountsTests
{
    [Fact]
    public void Of_DeductsWhatRemainsOfTheDeductible_BeforeTheCoinsurance()
    {
        var line = new ClaimItem { QtyProvided = 2, PriceAdjusted = 50, Limitation = "C", LimitationValue = 50 };

        var amounts = LineAmounts.Of(line, new Deductibles(30, 10, null, 0), 0, 0);

        Assert.Equal((20m, 40m, 0m), amounts);
    }

    [Fact]
    public void Of_PaysUpToTheCeiling_AndRecordsTheRestAsExceeding()
    {
        var line = new ClaimItem { QtyProvided = 1, PriceAdjusted = 100, Limitation = "C", LimitationValue = 100 };

        var amounts = LineAmounts.Of(line, new Deductibles(null, 0, 150, 100), 0, 20);

        Assert.Equal((0m, 30m, 70m), amounts);
    }

    [Fact]
    public void Of_CapsEachUnitAtTheFixedAmount_WhenTheLimitationIsFixed()
    {
        var line = new ClaimItem { QtyProvided = 3, PriceAdjusted = 40, Limitation = "F", LimitationValue = 25 };

        Assert.Equal((0m, 75m, 0m), LineAmounts.Of(line, new Deductibles(null, 0, null, 0), 0, 0));
    }

    [Theory]
    [InlineData(3, 1000)]
    [InlineData(5, 1200)]
    [InlineData(9, 1500)]
    public void PolicyCeiling_GrowsPerMemberAboveTheThreshold_UpToTheCap(int members, int ceiling) =>
        Assert.Equal(ceiling, Deductibles.PolicyCeiling(1000, 100, 1500, 3, members));
}
