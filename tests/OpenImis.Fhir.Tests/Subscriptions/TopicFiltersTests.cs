using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Server.Subscriptions.Topics;

namespace OpenImis.Fhir.Tests.Subscriptions;

public sealed class TopicFiltersTests
{
    private static readonly SubscriptionTopicDefinition ClaimSubmitted = TopicCatalog.Find(TopicCatalog.All[0].Url)!;
    private static readonly SubscriptionTopicDefinition InsureeChanged = TopicCatalog.All.Single(t => t.Id == "insuree-created-or-updated");

    [Theory]
    [InlineData("Claim?patient=Patient/123")]
    [InlineData("Claim.patient=Patient/123")]
    [InlineData("patient=Patient/123")]
    [InlineData("patient=Patient%2F123")]
    public void Parse_AnswersOneStoredForm_WhenAnyBackportSpellingIsUsed(string text)
    {
        var filter = TopicFilters.Parse(text, ClaimSubmitted);

        Assert.Equal(("Claim?patient=Patient%2F123", "patient", "Patient/123"), (filter.Text, filter.SearchParameter.Key, filter.SearchParameter.Value));
    }

    [Fact]
    public void Parse_MapsToTheTypesSearchParameter_WhenTheFilterNameDiffers()
    {
        var filter = TopicFilters.Parse("health-facility=Organization/9", ClaimSubmitted);

        Assert.Equal(new KeyValuePair<string, string>("facility", "Organization/9"), filter.SearchParameter);
    }

    [Fact]
    public void Parse_TakesTheIdOutOfTheReference_WhenTheFilterIsOnTheResourcesId()
    {
        var filter = TopicFilters.Parse("Patient?patient=Patient/abc", InsureeChanged);

        Assert.Equal(new KeyValuePair<string, string>("_id", "abc"), filter.SearchParameter);
        Assert.True(filter.Filter.OnId);
    }

    [Theory]
    [InlineData("Claim?status=4")]
    [InlineData("Claim?patient:missing=true")]
    [InlineData("Patient?patient=Patient/1")]
    [InlineData("Claim?patient=")]
    [InlineData("Claim?patient=Patient/1&facility=Organization/2")]
    [InlineData("patient")]
    public void Parse_Refuses400_WhenTheTopicDoesNotDocumentTheFilter(string text)
    {
        var refused = Assert.Throws<FhirException>(() => TopicFilters.Parse(text, ClaimSubmitted));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.Status);
    }

    [Fact]
    public void ParseStored_AnswersEveryLine_WhenSeveralFiltersAreStored()
    {
        var filters = TopicFilters.ParseStored("Claim?patient=Patient%2F1\nClaim?health-facility=Organization%2F2", ClaimSubmitted);

        Assert.Equal(["patient", "facility"], filters.Select(f => f.SearchParameter.Key));
    }
}
