using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Rules;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.Tests.Modules.Policy.Rules;

public sealed class PolicyValueTests
{
    private static readonly DateOnly Enrolled = new(2026, 3, 1);
    private static readonly PolicyTerms NewTerms = new(PolicyCodes.StageNew, Enrolled, Enrolled);

    private static ProductRow Product(decimal lumpSum = 0, int? threshold = null) => new()
    {
        LumpSum = lumpSum,
        Threshold = threshold,
        PremiumAdult = 100,
        PremiumChild = 40,
        MemberCount = 10,
        InsurancePeriod = 12,
    };

    [Fact]
    public void Compute_ChargesEveryMemberOnce_WhenNoLumpSum() =>
        Assert.Equal(2 * 100 + 3 * 40, PolicyValue.Compute(Product(), new MemberCounts(2, 3, 0, 0), NewTerms));

    [Fact]
    public void Compute_ChargesEveryMemberOnce_WhenNoLumpSumButThreshold() =>
        Assert.Equal(4 * 100 + 1 * 40, PolicyValue.Compute(Product(threshold: 2), new MemberCounts(4, 1, 0, 0), NewTerms));

    [Fact]
    public void Compute_IsLumpSum_WhenMembersWithinThreshold() =>
        Assert.Equal(500, PolicyValue.Compute(Product(lumpSum: 500, threshold: 4), new MemberCounts(2, 2, 0, 0), NewTerms));

    [Fact]
    public void Compute_ChargesExtraAdultsAndChildren_WhenOverThreshold() =>
        Assert.Equal(500 + 1 * 100 + 2 * 40, PolicyValue.Compute(Product(lumpSum: 500, threshold: 2), new MemberCounts(3, 2, 0, 0), NewTerms));

    [Fact]
    public void Compute_ChargesOtherMembers_WhenWithinThreshold() =>
        Assert.Equal(500 + 100 + 40, PolicyValue.Compute(Product(lumpSum: 500, threshold: 5), new MemberCounts(1, 0, 1, 1), NewTerms));

    [Fact]
    public void Compute_AddsRegistrationAndAssemblyFees_WhenStageIsNew()
    {
        var product = Product(lumpSum: 500);
        product.RegistrationFee = 5;
        product.GeneralAssemblyLumpSum = 20;
        Assert.Equal(500 + 3 * 5 + 20, PolicyValue.Compute(product, new MemberCounts(2, 1, 0, 0), NewTerms));
    }

    [Fact]
    public void Compute_SkipsRegistration_WhenStageIsRenewal()
    {
        var product = Product(lumpSum: 500);
        product.RegistrationLumpSum = 50;
        Assert.Equal(500, PolicyValue.Compute(product, new MemberCounts(2, 1, 0, 0), NewTerms with { Stage = PolicyCodes.StageRenewal }));
    }

    [Fact]
    public void Compute_AppliesEnrolmentDiscount_WhenEnrolledEarlyForACycle()
    {
        var product = Product(lumpSum: 500);
        product.StartCycle1 = "01-07";
        product.EnrolmentDiscountPerc = 10;
        product.EnrolmentDiscountPeriod = 3;
        Assert.Equal(450, PolicyValue.Compute(product, new MemberCounts(1, 0, 0, 0), NewTerms with { StartDate = new DateOnly(2026, 7, 1) }));
    }

    [Fact]
    public void Compute_AppliesNoEnrolmentDiscount_WhenEnrolledLate()
    {
        var product = Product(lumpSum: 500);
        product.StartCycle1 = "01-07";
        product.EnrolmentDiscountPerc = 10;
        product.EnrolmentDiscountPeriod = 3;
        Assert.Equal(500, PolicyValue.Compute(product, new MemberCounts(1, 0, 0, 0), new PolicyTerms(PolicyCodes.StageNew, new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1))));
    }

    [Fact]
    public void Compute_AppliesRenewalDiscount_WhenRenewedBeforePreviousExpiry()
    {
        var product = Product(lumpSum: 500);
        product.RenewalDiscountPerc = 20;
        product.RenewalDiscountPeriod = 1;
        var terms = new PolicyTerms(PolicyCodes.StageRenewal, new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1), new DateOnly(2026, 6, 30));
        Assert.Equal(400, PolicyValue.Compute(product, new MemberCounts(1, 0, 0, 0), terms));
    }

    [Fact]
    public void Of_CapsMembersInOpenImisOrder_WhenFamilyExceedsMemberCount()
    {
        var onDate = new DateOnly(2026, 1, 1);
        PolicyMember[] family = [new(new DateOnly(1980, 1, 1), 1), new(new DateOnly(2015, 1, 1), 4), new(new DateOnly(1950, 1, 1), 7), new(new DateOnly(2020, 1, 1), 7)];
        Assert.Equal(new MemberCounts(1, 1, 0, 1), MemberCounts.Of(family, onDate, 3));
    }

    [Fact]
    public void IsAdultOn_IsFalse_WhenEighteenthBirthdayIsTomorrow() =>
        Assert.False(new PolicyMember(new DateOnly(2008, 1, 2), null).IsAdultOn(new DateOnly(2026, 1, 1)));

    [Fact]
    public void EffectiveDate_IsStartDate_WhenExactPaymentBeforeStart() =>
        Assert.Equal(new DateOnly(2026, 7, 1), Payment.EffectiveDate(500, 0, 500, false, new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1)));

    [Fact]
    public void EffectiveDate_IsPayDate_WhenPaidAfterStart() =>
        Assert.Equal(new DateOnly(2026, 8, 3), Payment.EffectiveDate(500, 200, 400, false, new DateOnly(2026, 8, 3), new DateOnly(2026, 7, 1)));

    [Fact]
    public void EffectiveDate_IsNull_WhenUnderpaid() =>
        Assert.Null(Payment.EffectiveDate(500, 100, 399, false, new DateOnly(2026, 8, 3), new DateOnly(2026, 7, 1)));

    [Fact]
    public void EffectiveDate_IsNull_WhenPhotoFee() =>
        Assert.Null(Payment.EffectiveDate(500, 0, 500, true, new DateOnly(2026, 8, 3), new DateOnly(2026, 7, 1)));
}
