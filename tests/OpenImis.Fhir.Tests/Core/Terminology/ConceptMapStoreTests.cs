using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class ConceptMapStoreTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps");

    [Fact]
    public void Load_LoadsEveryFile_WhenDirectoryHoldsConceptMaps()
    {
        var store = ConceptMapStore.Load(Shipped);

        Assert.Equal(Directory.GetFiles(Shipped, "*.json").Length, store.All.Count);
    }

    [Theory]
    [InlineData("malformed", "broken.json")]
    [InlineData("not-a-conceptmap", "patient.json")]
    [InlineData("no-url", "no-url.json")]
    public void Load_ThrowsNamingTheFile_WhenAFileIsNoUsableConceptMap(string directory, string file)
    {
        var exception = Assert.Throws<InvalidDataException>(() => ConceptMapStore.Load(Fixture(directory)));

        Assert.Contains(file, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Throws_WhenDirectoryDoesNotExist() =>
        Assert.Throws<DirectoryNotFoundException>(() => ConceptMapStore.Load(Fixture("missing")));

    [Fact]
    public void Constructor_Throws_WhenTwoMapsShareAUrl() =>
        Assert.Throws<InvalidDataException>(() => new ConceptMapStore([Map("https://example.org/ConceptMap/a"), Map("https://example.org/ConceptMap/a")]));

    [Fact]
    public void Get_Throws_WhenMapIsNotLoaded() =>
        Assert.Throws<KeyNotFoundException>(() => new ConceptMapStore([]).Get("https://example.org/ConceptMap/none"));

    [Fact]
    public void Translate_ReturnsTargetCoding_WhenSourceCodeIsMapped()
    {
        var store = ConceptMapStore.Load(Shipped);

        var coding = store.Translate("https://openimis.github.io/openimis_fhir_r4_ig/ConceptMap/insuree-gender", "F");

        Assert.Equal(("http://hl7.org/fhir/administrative-gender", "female"), (coding?.System, coding?.Code));
    }

    [Fact]
    public void Reverse_ReturnsSourceCoding_WhenTargetCodeIsMapped()
    {
        var store = ConceptMapStore.Load(Shipped);

        var coding = store.Reverse("https://openimis.github.io/openimis_fhir_r4_ig/ConceptMap/insuree-marital-status", "UNK");

        Assert.Equal(("urn:openimis:db:tblInsuree.Marital", "N"), (coding?.System, coding?.Code));
    }

    internal static ConceptMap Map(string url) => new()
    {
        Url = url,
        Status = PublicationStatus.Active,
        Group =
        [
            new ConceptMap.GroupComponent
            {
                Source = "urn:example:source",
                Target = "urn:example:target",
                Element =
                [
                    new ConceptMap.SourceElementComponent
                    {
                        Code = "A",
                        Target = [new ConceptMap.TargetElementComponent { Code = "a", Equivalence = ConceptMapEquivalence.Equal }],
                    },
                    new ConceptMap.SourceElementComponent
                    {
                        Code = "Z",
                        Target = [new ConceptMap.TargetElementComponent { Equivalence = ConceptMapEquivalence.Unmatched }],
                    },
                ],
            },
        ],
    };

    private static string Fixture(string directory) =>
        Path.Combine(AppContext.BaseDirectory, "Core", "Terminology", "Fixtures", "ConceptMaps", directory);
}
