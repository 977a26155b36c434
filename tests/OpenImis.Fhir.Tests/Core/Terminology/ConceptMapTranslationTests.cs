using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class ConceptMapTranslationTests
{
    private const string Url = "https://example.org/ConceptMap/test";

    private static readonly ConceptMapTranslation Translation = new ConceptMapStore([ConceptMapStoreTests.Map(Url)]).Get(Url);

    [Fact]
    public void Translate_ReturnsNull_WhenSourceCodeIsUnmapped() => Assert.Null(Translation.Translate("B"));

    [Fact]
    public void Translate_ReturnsNull_WhenTheOnlyTargetIsUnmatched() => Assert.Null(Translation.Translate("Z"));

    [Fact]
    public void Translate_ReturnsAFreshCoding_WhenCalledTwice() => Assert.NotSame(Translation.Translate("A"), Translation.Translate("A"));

    [Fact]
    public void Reverse_ReturnsNull_WhenTargetSystemDiffers() => Assert.Null(Translation.Reverse("a", "urn:example:other"));

    [Fact]
    public void Reverse_AcceptsAnyTargetSystem_WhenNoneIsGiven() => Assert.Equal("A", Translation.Reverse("a")?.Code);

    [Fact]
    public void FromConcept_ReturnsSourceCode_WhenACodingTranslates() =>
        Assert.Equal("A", Translation.FromConcept(new CodeableConcept("urn:example:target", "a"), "X.code"));

    [Fact]
    public void FromConcept_ThrowsUnprocessableNamingTheCode_WhenNoCodingTranslates()
    {
        var exception = Assert.Throws<OpenImis.Fhir.Core.Errors.FhirException>(
            () => Translation.FromConcept(new CodeableConcept("urn:example:target", "q"), "X.code"));

        Assert.Equal(
            (System.Net.HttpStatusCode.UnprocessableEntity, "X.code", true),
            (exception.Status, exception.Outcome.Issue[0].Expression.Single(), exception.Message.Contains("urn:example:target|q", StringComparison.Ordinal)));
    }

    [Fact]
    public void FromConcept_ReturnsNull_WhenConceptIsAbsent() => Assert.Null(Translation.FromConcept(null, "X.code"));
}
