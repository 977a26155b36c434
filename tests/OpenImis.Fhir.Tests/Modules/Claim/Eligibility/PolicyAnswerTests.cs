using OpenImis.Fhir.Modules.Claim.Eligibility;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.Tests.Modules.Claim.Eligibility;

public sealed class PolicyAnswerTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static PolicyAnswer Answer(ProductRow product, Dictionary<string, int> claims, Dictionary<string, decimal> amounts) =>
        new(new CoveredPolicy(1, "uuid", Today.AddMonths(-2), Today.AddMonths(10), Today.AddMonths(-2), Today.AddMonths(10), product),
            new PolicyUsage(claims, amounts), null, null);

    [Fact]
    public void Excluded_RefusesAConsultation_WhenTheProductsConsultationsAreUsedUp()
    {
        var answer = Answer(new ProductRow { MaxNoConsultation = 2 }, new() { ["C"] = 2 }, []);
        var consultation = new RequestedLine("C1", true, 10, 0, 1m, "C");
        var surgery = new RequestedLine("S1", true, 10, 0, 1m, "S");

        Assert.True(answer.Excluded(consultation, Today));
        Assert.False(answer.Excluded(surgery, Today));
    }

    [Fact]
    public void AmountLeft_IsTheCategoryCeilingLessTheBookedAmount_WhenTheProductHasOne()
    {
        var answer = Answer(new ProductRow { MaxAmountHospitalization = 5000m }, [], new() { ["H"] = 1200m });
        var hospitalization = BenefitCategory.Of("H")!;

        Assert.Equal(3800m, answer.AmountLeft(hospitalization));
        Assert.Null(answer.AmountLeft(BenefitCategory.Of("S")!));
    }

    [Fact]
    public void Left_CountsTheRequestedLineOnly_WhenOtherLinesWereClaimed()
    {
        var line = new RequestedLine("I1", true, 10, null, 4m, null);

        Assert.Equal(6, PolicyAnswer.Left(line));
        Assert.Null(PolicyAnswer.Left(line with { Covered = false }));
    }
}
