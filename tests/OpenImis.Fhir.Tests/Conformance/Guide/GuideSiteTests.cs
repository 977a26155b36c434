using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.Tests.Conformance.Guide;

public sealed class GuideSiteTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Site = new(() => GuideSite.Render(
        FreshGuide.Conformance, [], [new GuidePage("index", "# Home\n\nSee [the changes](changes.md).\n")]));

    [Fact]
    public void Render_MakesAPagePerStructureDefinition_WhenTheGuideHasThem()
    {
        var expected = FreshGuide.Conformance.OfType<StructureDefinition>().Select(sd => $"StructureDefinition-{sd.Id}.html");

        Assert.Superset(expected.ToHashSet(), Site.Value.Keys.ToHashSet());
    }

    [Fact]
    public void Render_WritesEveryResourceAsTheProfilesFileHasIt_WhenPublishingJson()
    {
        var mismatched = ProfileSet.ConformanceFiles
            .Where(f => Site.Value.GetValueOrDefault($"json/{f}") != File.ReadAllText(Path.Combine(ProfileSet.ProfilesFolder, f)));

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Render_LinksTheRenderedPage_WhenAMarkdownPageLinksAnother()
    {
        Assert.Contains("<a href=\"changes.html\">the changes</a>", Site.Value["index.html"], StringComparison.Ordinal);
    }
}
