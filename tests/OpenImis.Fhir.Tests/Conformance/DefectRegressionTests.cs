using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>Guards against the defects of the published 1.0.0 guide coming back.</summary>
public sealed class DefectRegressionTests
{
    public static TheoryData<string> ExtensionIds =>
        [.. ProfileSet.Instance.Resources.OfType<StructureDefinition>().Where(sd => sd.Type == "Extension").Select(sd => sd.Id!)];

    public static TheoryData<string> ProfileIds =>
        [.. ProfileSet.Instance.Resources.OfType<StructureDefinition>().Where(sd => sd.Type != "Extension").Select(sd => sd.Id!)];

    [Theory]
    [MemberData(nameof(ExtensionIds))]
    public async System.Threading.Tasks.Task ExtensionContext_IsAFhirElementPath_WhenDeclared(string id)
    {
        var extension = ProfileSet.Instance.StructureDefinition(id);

        Assert.NotEmpty(extension.Context);
        foreach (var context in extension.Context)
        {
            Assert.Equal(StructureDefinition.ExtensionContextType.Element, context.Type);
            var root = context.Expression!.Split('.')[0];
            var core = await ProfileSet.Instance.Resolver.FindStructureDefinitionForCoreTypeAsync(root);
            Assert.True(core is not null, $"{id}: context {context.Expression} does not start with a FHIR type");
            Assert.Contains(core.Snapshot!.Element, e => e.Path == context.Expression);
        }
    }

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void ExtensionSlices_UseDistinctUrls_WhenAnElementIsSlicedByUrl(string id)
    {
        var profile = ProfileSet.Instance.StructureDefinition(id);
        var slices = profile.Snapshot!.Element
            .Where(e => e.SliceName is not null && e.Path!.EndsWith(".extension", StringComparison.Ordinal) && e.Type.Count == 1)
            .Select(e => (Element: e.ElementId![..e.ElementId!.LastIndexOf(':')], Url: e.Type[0].Profile.SingleOrDefault()))
            .Where(s => s.Url is not null);

        var duplicates = slices.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => $"{g.Key.Element} {g.Key.Url}");

        Assert.Empty(duplicates);
    }

    [Fact]
    public void GroupTypeValueSet_IncludesTheOpenImisFamilyTypes_NotFhirGroupTypes()
    {
        var valueSet = ProfileSet.Instance.Resources.OfType<ValueSet>().Single(vs => vs.Id == "group-type");

        var include = Assert.Single(valueSet.Compose!.Include);

        Assert.Equal("https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/group-type", include.System);
    }

    [Fact]
    public void GroupTypeCodeSystem_HoldsTheFamilyTypesOfTblFamilyTypes()
    {
        var codeSystem = ProfileSet.Instance.Resources.OfType<CodeSystem>().Single(cs => cs.Id == "group-type");

        Assert.Equal(["C", "G", "H", "O", "P", "S", "T"], codeSystem.Concept.Select(c => c.Code));
    }
}
