using System.Text.RegularExpressions;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Subscriptions;
using OpenImis.Fhir.Server.Subscriptions.Topics;
using OpenImis.Fhir.Tests.Architecture;

namespace OpenImis.Fhir.Tests.Subscriptions;

public sealed partial class TopicCatalogTests
{
    [Fact]
    public void All_HasTheIssuesTopicsWithDocumentedFilters()
    {
        Assert.Superset(
            new HashSet<string> { "claim-submitted", "claim-adjudicated", "policy-activated-or-expired", "insuree-created-or-updated", "family-membership-changed" },
            TopicCatalog.All.Select(t => t.Id).ToHashSet());
        Assert.Equal(TopicCatalog.All.Count, TopicCatalog.All.Select(t => t.Id).Distinct().Count());
        Assert.All(TopicCatalog.All, t => Assert.NotEmpty(t.Filters));
        Assert.All(TopicCatalog.All, t => Assert.Subset(new HashSet<string> { ChangeAction.Create, ChangeAction.Update, ChangeAction.Delete }, t.Triggers.ToHashSet()));
    }

    [Fact]
    public void All_WritesEachConditionAsASearchOfTheTopicsType()
    {
        foreach (var topic in TopicCatalog.All.Where(t => t.Condition is not null))
        {
            var (type, parameters) = CriteriaCheck.Split($"{topic.ResourceType}?{topic.Condition}");
            Assert.Equal(topic.ResourceType, type);
            Assert.NotEmpty(parameters);
        }
    }

    [Theory]
    [InlineData("https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/claim-adjudicated", "claim-adjudicated")]
    [InlineData("https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/claim-adjudicated|1.1.0", "claim-adjudicated")]
    [InlineData("https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/claim-rejected", null)]
    [InlineData("http://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/claim-adjudicated", null)]
    public void Find_AnswersTheTopic_WhenTheCanonicalIsPublished(string url, string? id)
    {
        Assert.Equal(id, TopicCatalog.Find(url)?.Id);
    }

    [Fact]
    public void Guide_DefinesExactlyTheCatalogsTopics_InItsCodeSystemAndPage()
    {
        var root = DependencyRulesTests.RepositoryRoot();
        var fsh = File.ReadAllText(Path.Combine(root, "ig", "input", "fsh", "subscription-topics.fsh"));
        var page = File.ReadAllText(Path.Combine(root, "ig", "input", "pagecontent", "subscriptions.md"));

        Assert.Equal(TopicCatalog.All.Select(t => t.Id).Order(StringComparer.Ordinal), Concept().Matches(fsh).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(TopicCatalog.All, t => Assert.Contains($"| `{t.Id}` | {t.ResourceType} |", page, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\* #([a-z-]+) ", RegexOptions.Multiline)]
    private static partial Regex Concept();
}
