using OpenImis.Fhir.Modules.Claim.Adjudication;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.Tests.Modules.Claim.Adjudication;

public sealed class ProductLimitsTests
{
    private static readonly PreviousUsage Insuree = new(1, 2, 3, 10, 20, 30, 4);
    private static readonly PreviousUsage Policy = new(100, 200, 300, 1000, 2000, 3000, 400);

    [Fact]
    public void For_UsesTheInsureeGeneralLimits_WhenTheProductHasThem()
    {
        var product = new ProductRow { DedInsuree = 50, MaxInsuree = 500, DedIPPolicy = 9, MaxIPPolicy = 9 };

        var limits = ProductLimits.For(product, hospitalVisit: true, members: 4, "V", Insuree, Policy);

        Assert.Equal(new ValuationLimits(50, 1, 500, 10, null, 4), limits);
    }

    [Fact]
    public void For_UsesTheInPatientPolicySet_WhenThereIsNoGeneralLimitAndTheVisitIsInHospital()
    {
        var product = new ProductRow { DedIPPolicy = 70, MaxIPPolicy = 700, DedOPPolicy = 1, MaxOPPolicy = 1, MaxAmountSurgery = 300 };

        var limits = ProductLimits.For(product, hospitalVisit: true, members: 2, "S", Insuree, Policy);

        Assert.Equal(new ValuationLimits(70, 200, 700, 2000, 300, 4), limits);
    }

    [Fact]
    public void For_UsesTheOutPatientTreatmentSet_WhenTheVisitIsNotInHospital()
    {
        var product = new ProductRow { DedOPTreatment = 5, MaxOPTreatment = 60 };

        var limits = ProductLimits.For(product, hospitalVisit: false, members: 2, "C", Insuree, Policy);

        Assert.Equal(new ValuationLimits(5, 0, 60, 0, null, 4), limits);
    }

    [Theory]
    [InlineData(3, 1000)]
    [InlineData(5, 1200)]
    [InlineData(9, 1500)]
    public void PolicyCeiling_GrowsWithMembersAboveTheThresholdUpToTheCap_WhenExtraMembersAreCharged(int members, int expected) =>
        Assert.Equal(expected, ProductLimits.PolicyCeiling(1000, threshold: 3, members, extraMember: 100, cap: 1500));

    [Theory]
    [InlineData("I", true, "D", true)]
    [InlineData("I", false, "H", false)]
    [InlineData("H", false, "H", true)]
    [InlineData("H", true, "D", false)]
    public void IsHospitalVisit_FollowsTheCeilingInterpretation_WhenAsked(string interpretation, bool multiDay, string level, bool expected) =>
        Assert.Equal(expected, ProductLimits.IsHospitalVisit(interpretation, multiDay, level));
}
