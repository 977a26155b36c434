using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Medical.Mapping;

namespace OpenImis.Fhir.Tests.Modules.Medical.Mapping;

public sealed class DiagnosisCodeSystemTests
{
    private static Diagnosis Row(int id, string code, string name) => new() { Id = id, Code = code, Name = name };

    private static string Concepts(params Diagnosis[] rows) =>
        string.Join('|', DiagnosisCodeSystem.Concepts(rows).Select(c => $"{c.Code}:{c.Display}"));

    [Fact]
    public void Concepts_AreOrderedByCode_WhenRowsComeInAnyOrder()
    {
        Assert.Equal("A00:Cholera|B54:Unspecified malaria", Concepts(Row(2, "B54", "Unspecified malaria"), Row(1, "A00", "Cholera")));
    }

    [Fact]
    public void Concepts_HoldACodeOnce_WhenTheTableRepeatsIt()
    {
        Assert.Equal("A00:Cholera", Concepts(Row(7, "A00", "Cholera, again"), Row(3, "A00", "Cholera")));
    }

    [Fact]
    public void Concepts_AreTrimmed_WhenTheDatabasePadsThem()
    {
        Assert.Equal("A000:Cholera due to Vibrio cholerae", Concepts(Row(1, "A000 ", " Cholera due to Vibrio cholerae ")));
    }

    [Fact]
    public void Concepts_LeaveOutRows_WhenTheCodeIsBlank()
    {
        Assert.Equal("K35:Acute appendicitis", Concepts(Row(1, "", "Nothing"), Row(2, "K35", "Acute appendicitis")));
    }
}
