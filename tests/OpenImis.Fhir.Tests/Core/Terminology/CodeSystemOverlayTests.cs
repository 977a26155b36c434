using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class CodeSystemOverlayTests
{
    private static CodeSystem Guide() => new()
    {
        Id = "patient-profession",
        Url = "https://example.org/CodeSystem/patient-profession",
        Status = PublicationStatus.Active,
        Content = CodeSystemContentMode.Complete,
        Count = 2,
        Concept =
        [
            new() { Code = "1", Display = "Housewife", Definition = "Keeps the house" },
            new() { Code = "4", Display = "Other" },
        ],
    };

    private static readonly IReadOnlyList<DatabaseConcept> Rows = [new("1", "Homemaker"), new("4", "Others"), new("5", "Farmer")];

    [Fact]
    public void Apply_ServesTheRowsAsConcepts_WhenTheTableHasRows()
    {
        var served = CodeSystemOverlay.Apply(Guide(), Rows, "tblProfessions");
        Assert.Equal(["1:Homemaker", "4:Others", "5:Farmer"], served.Concept.Select(c => $"{c.Code}:{c.Display}"));
    }

    [Fact]
    public void Apply_CountsTheRows_WhenTheTableHasRows()
    {
        Assert.Equal(3, CodeSystemOverlay.Apply(Guide(), Rows, "tblProfessions").Count);
    }

    [Fact]
    public void Apply_KeepsTheGuidesDefinition_WhenACodeIsShared()
    {
        var served = CodeSystemOverlay.Apply(Guide(), Rows, "tblProfessions");
        Assert.Equal("Keeps the house", served.Concept[0].Definition);
    }

    [Fact]
    public void Apply_LeavesTheGuideUnchanged_WhenItOverlays()
    {
        var guide = Guide();
        CodeSystemOverlay.Apply(guide, Rows, "tblProfessions");
        Assert.Equal(["1:Housewife", "4:Other"], guide.Concept.Select(c => $"{c.Code}:{c.Display}"));
    }

    [Fact]
    public void Apply_ReturnsTheGuide_WhenTheTableIsEmpty()
    {
        var guide = Guide();
        Assert.Same(guide, CodeSystemOverlay.Apply(guide, [], "tblProfessions"));
    }

    [Fact]
    public void Apply_NamesTheTableInTheNarrative_WhenItOverlays()
    {
        var served = CodeSystemOverlay.Apply(Guide(), Rows, "tblProfessions");
        Assert.Contains("tblProfessions", served.Text.Div, StringComparison.Ordinal);
    }
}
