using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Tests.Core.Rest.Interactions;

public sealed class ConditionalCriteriaTests
{
    [Fact]
    public void Key_IsTheSame_WhenTheCriteriaComeInAnotherOrder() =>
        Assert.Equal(
            ConditionalCriteria.Key(ConditionalCriteria.FromHeader("identifier=1&family=Doe")),
            ConditionalCriteria.Key(ConditionalCriteria.FromHeader("?family=Doe&identifier=1")));

    [Fact]
    public void Key_Differs_WhenAValueDiffers() =>
        Assert.NotEqual(
            ConditionalCriteria.Key(ConditionalCriteria.FromHeader("identifier=1")),
            ConditionalCriteria.Key(ConditionalCriteria.FromHeader("identifier=2")));

    [Fact]
    public void FromHeader_KeepsRepeatedParameters_WhenANameComesTwice() =>
        Assert.Equal(2, ConditionalCriteria.FromHeader("family=a&family=b").Count);

    [Fact]
    public void FromHeader_Throws400_WhenTheHeaderHoldsNoParameter()
    {
        var ex = Assert.Throws<FhirException>(() => ConditionalCriteria.FromHeader("?"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.Status);
    }
}
