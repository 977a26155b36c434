using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Tests.Core.Validation;

public sealed class ElementWalkerTests
{
    [Fact]
    public void Descendants_GivesPathsInDocumentOrder_WhenElementsRepeatAndNest()
    {
        var patient = new Patient
        {
            Id = "p",
            Name = [new HumanName { Family = "A", Given = ["B", "C"] }],
            Gender = AdministrativeGender.Female,
        };
        Assert.Equal(
            ["Patient", "Patient.id", "Patient.name[0]", "Patient.name[0].family", "Patient.name[0].given[0]", "Patient.name[0].given[1]", "Patient.gender"],
            ElementWalker.Descendants(patient).Select(e => e.Path));
    }

    [Fact]
    public void Descendants_NamesChoiceElementsWithoutTheirType_WhenAnExtensionHasAValue()
    {
        var patient = new Patient { Extension = [new Extension("http://example.org/x", new FhirString("v"))] };
        Assert.Contains("Patient.extension[0].value", ElementWalker.Descendants(patient).Select(e => e.Path));
    }

    [Fact]
    public void Descendants_WalksWithoutRecursion_WhenExtensionsNestTenThousandDeep()
    {
        var root = new Extension { Url = "http://example.org/x" };
        var current = root;
        for (var i = 0; i < 10_000; i++)
        {
            var next = new Extension { Url = "http://example.org/x" };
            current.Extension.Add(next);
            current = next;
        }

        Assert.Equal(1 + (10_001 * 2), ElementWalker.Descendants(new Patient { Extension = [root] }).Count());
    }
}
