using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Server.Subscriptions;

namespace OpenImis.Fhir.Tests.Subscriptions;

public sealed class CriteriaCheckTests
{
    [Fact]
    public void Split_AnswersTypeAndEachParameter_WhenCriteriaHasAQuery()
    {
        var (type, parameters) = CriteriaCheck.Split("Claim?patient=Patient/1&status=4,1&status=2");

        Assert.Equal("Claim", type);
        Assert.Equal([new("patient", "Patient/1"), new("status", "4,1"), new("status", "2")], parameters);
    }

    [Fact]
    public void Split_AnswersNoParameters_WhenCriteriaIsATypeAlone()
    {
        var (type, parameters) = CriteriaCheck.Split("Patient");

        Assert.Equal(("Patient", 0), (type, parameters.Count));
    }

    [Theory]
    [InlineData("/Patient?family=x")]
    [InlineData("http://server.example.org/fhir/Patient?family=x")]
    [InlineData("patient?family=x")]
    [InlineData("?family=x")]
    [InlineData("Pat-ient?family=x")]
    public void Split_Refuses400NamingCriteria_WhenItIsNotTypeQuery(string criteria)
    {
        var refused = Assert.Throws<FhirException>(() => CriteriaCheck.Split(criteria));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Subscription.criteria", refused.Outcome.Issue.Single().Expression.Single());
    }
}
