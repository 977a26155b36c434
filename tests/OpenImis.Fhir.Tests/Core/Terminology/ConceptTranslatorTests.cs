using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class ConceptTranslatorTests
{
    private const string GenderMap = "https://openimis.github.io/openimis_fhir_r4_ig/ConceptMap/insuree-gender";

    private static readonly ConceptTranslator Translator =
        new(ConceptMapStore.Load(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps")));

    private static Parameters Translate(params (string Key, string Value)[] pairs) =>
        Translator.Translate(OperationParameters.FromQuery(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value))), null);

    private static string? Concept(Parameters output) =>
        (output.Parameter.FirstOrDefault(p => p.Name == "match")?.Part.FirstOrDefault(p => p.Name == "concept")?.Value as Coding)?.Code;

    [Fact]
    public void Translate_GivesTheTarget_WhenSourceCodeIsMapped()
    {
        Assert.Equal("female", Concept(Translate(("url", GenderMap), ("code", "F"))));
    }

    [Fact]
    public void Translate_GivesTheSource_WhenReverse()
    {
        Assert.Equal("O", Concept(Translate(("url", GenderMap), ("code", "other"), ("reverse", "true"))));
    }

    [Fact]
    public void Translate_SearchesEveryMap_WhenUrlIsAbsent()
    {
        Assert.Equal("female", Concept(Translate(("system", "urn:openimis:db:tblGender"), ("code", "F"))));
    }

    [Fact]
    public void Translate_GivesNoMatch_WhenSystemIsNotTheMapsSource()
    {
        Assert.Null(Concept(Translate(("url", GenderMap), ("system", "http://other"), ("code", "F"))));
    }

    [Fact]
    public void Translate_GivesNoMatch_WhenTargetSystemDiffers()
    {
        Assert.Null(Concept(Translate(("url", GenderMap), ("code", "F"), ("targetsystem", "http://other"))));
    }

    [Fact]
    public void Translate_Throws404_WhenMapIsUnknown()
    {
        var ex = Assert.Throws<FhirException>(() => Translate(("url", "https://example.org/none"), ("code", "F")));
        Assert.Equal(HttpStatusCode.NotFound, ex.Status);
    }
}
