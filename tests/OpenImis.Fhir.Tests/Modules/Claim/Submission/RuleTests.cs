using OpenImis.Fhir.Modules.Claim.Submission.Rules;

namespace OpenImis.Fhir.Tests.Modules.Claim.Submission;

/// <summary>The rule engine's pure rules: patient mask, care type, frequency window, quantity limit, claim category and maxima.</summary>
public sealed class RuleTests
{
    private static readonly DateOnly Day = new(2026, 6, 15);

    [Theory]
    [InlineData("M", 30, 5)]
    [InlineData("O", 30, 5)]
    [InlineData("F", 30, 6)]
    [InlineData("M", 10, 9)]
    [InlineData("F", 10, 10)]
    public void Of_GivesGenderAndAgeBits_ForThePatient(string gender, int age, int mask) =>
        Assert.Equal(mask, PatientMask.Of(gender, Day.AddYears(-age), Day));

    [Fact]
    public void IsAdult_CountsTheBirthday_WhenTheEighteenthIsTomorrow()
    {
        Assert.False(PatientMask.IsAdult(Day.AddYears(-18).AddDays(1), Day));
        Assert.True(PatientMask.IsAdult(Day.AddYears(-18), Day));
    }

    [Theory]
    [InlineData(0, 5, true)]
    [InlineData(15, 5, true)]
    [InlineData(14, 5, false)]
    [InlineData(5, 9, false)]
    [InlineData(13, 9, true)]
    public void Allows_ChecksEveryBitOfTheMask_WhenTheCategoryIsSet(short category, int mask, bool allowed) =>
        Assert.Equal(allowed, PatientMask.Allows(category, mask));

    [Theory]
    [InlineData("B", "I", false, true)]
    [InlineData("B", "I", true, false)]
    [InlineData("O", "I", true, true)]
    [InlineData("I", "O", false, true)]
    [InlineData("B", "O", true, true)]
    [InlineData(null, "O", false, false)]
    [InlineData("O", "B", true, false)]
    public void Rejects_FollowsTheLegacyFormula_ForFacilityLineAndDays(string? facility, string line, bool multiDay, bool rejected) =>
        Assert.Equal(rejected, CareTypeRule.Rejects(facility, line, multiDay));

    [Theory]
    [InlineData(-29, true)]
    [InlineData(-30, false)]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void Rejects_CountsVisitsOnBothSides_WithinTheFrequencyDays(int offset, bool rejected) =>
        Assert.Equal(rejected, FrequencyWindow.Rejects(30, Day, [Day.AddDays(offset)]));

    [Fact]
    public void Rejects_IsFalse_WhenTheItemHasNoFrequency() =>
        Assert.False(FrequencyWindow.Rejects(0, Day, [Day]));

    [Theory]
    [InlineData(null, 10, 5, false)]
    [InlineData(-1, 10, 5, false)]
    [InlineData(5, 3, 2, false)]
    [InlineData(5, 3, 3, true)]
    [InlineData(0, 0, 1, true)]
    public void Rejects_AddsTheAskedQuantityToWhatWasUsed_WhenALimitIsSet(int? limit, int used, int asked, bool rejected) =>
        Assert.Equal(rejected, QuantityLimit.Rejects(limit, used, asked));

    [Theory]
    [InlineData(new[] { "C", "S" }, false, "S")]
    [InlineData(new[] { "C" }, true, "H")]
    [InlineData(new[] { "D", "C" }, true, "D")]
    [InlineData(new string[0], false, "V")]
    [InlineData(new[] { "O" }, false, "O")]
    public void Of_TakesTheFirstCategoryInPriorityOrder_OfTheServicesAndStay(string[] categories, bool multiDay, string expected) =>
        Assert.Equal(expected, ClaimCategories.Of(categories, multiDay));

    [Theory]
    [InlineData(null, 5, false)]
    [InlineData(0, 0, true)]
    [InlineData(2, 1, false)]
    [InlineData(2, 2, true)]
    public void Rejects_AdmitsAsManyClaimsAsTheMaximum_IncludingZero(int? maximum, int previous, bool rejected) =>
        Assert.Equal(rejected, ClaimCategories.Rejects(maximum, previous));
}
