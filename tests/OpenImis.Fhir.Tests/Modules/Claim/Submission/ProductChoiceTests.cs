using OpenImis.Fhir.Modules.Claim.Submission.Rules;
using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.Tests.Modules.Claim.Submission;

/// <summary>Product assignment: the co-insurance or fixed-amount line that leaves the insuree less to pay.</summary>
public sealed class ProductChoiceTests
{
    [Fact]
    public void Choose_TakesTheHighestCoinsurance_WhenOnlyCoinsuranceLinesExist()
    {
        var choice = ProductChoice.Choose([Line("C", 60), Line("C", 80)], "O", adult: true, price: 100);

        Assert.Equal(("C", 80m), (choice!.Value.Limitation, choice.Value.Value));
    }

    [Fact]
    public void Choose_TakesTheFixedAmount_WhenItPaysMoreThanTheCoinsurance()
    {
        // Fixed 90 leaves 10 to pay; 50 % leaves 50.
        var choice = ProductChoice.Choose([Line("C", 50), Line("F", 90)], "O", adult: true, price: 100);

        Assert.Equal("F", choice!.Value.Limitation);
    }

    [Fact]
    public void Choose_TakesTheCoinsurance_WhenItIsAHundredPercent()
    {
        var choice = ProductChoice.Choose([Line("C", 100), Line("F", 90)], "O", adult: true, price: 100);

        Assert.Equal("C", choice!.Value.Limitation);
    }

    [Fact]
    public void Choose_ReadsTheEmergencyColumns_WhenTheVisitIsAnEmergency()
    {
        var line = Line("C", 50);
        (line.LimitationTypeE, line.LimitAdultE) = ("F", 30);

        var choice = ProductChoice.Choose([line], "E", adult: true, price: 100);

        Assert.Equal(("F", 30m), (choice!.Value.Limitation, choice.Value.Value));
    }

    [Fact]
    public void Choose_GivesNothing_WhenNoLineHasALimitation() =>
        Assert.Null(ProductChoice.Choose([Line(null, 0)], "O", adult: true, price: 100));

    private static ProductItem Line(string? type, decimal value) => new() { LimitationType = type, LimitAdult = value, LimitChild = value };
}
