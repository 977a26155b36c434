using System.Collections.Concurrent;
using Firely.Fhir.Validation;
using Firely.Fhir.Validation.Compilation;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Conformance;

public sealed class ProfileTests
{
    public static TheoryData<string> ConformanceFiles => [.. ProfileSet.ConformanceFiles];

    public static TheoryData<string> StructureDefinitionIds =>
        [.. ProfileSet.ConformanceFiles.Where(f => f.StartsWith("StructureDefinition-", StringComparison.Ordinal))
            .Select(f => f["StructureDefinition-".Length..^".json".Length])];

    [Theory]
    [MemberData(nameof(ConformanceFiles))]
    public void ConformanceResource_ParsesStrictly_WhenReadFromProfiles(string file)
    {
        var resource = ProfileSet.Parse(Path.Combine(ProfileSet.ProfilesFolder, file));

        Assert.Equal(file, $"{resource.TypeName}-{resource.Id}.json");
    }

    [Theory]
    [MemberData(nameof(StructureDefinitionIds))]
    public void StructureDefinition_HasSnapshot_WhenReadFromProfiles(string id)
    {
        var sd = ProfileSet.Instance.StructureDefinition(id);

        Assert.True(sd.HasSnapshot, $"{id} has no snapshot");
        Assert.True(sd.Snapshot!.Element.Count >= sd.Differential!.Element.Count);
    }

    [Theory]
    [MemberData(nameof(StructureDefinitionIds))]
    public void StructureDefinition_Compiles_WhenValidatorLoadsIt(string id)
    {
        var url = ProfileSet.Instance.StructureDefinition(id).Url!;
        // The compiler is marked experimental; it is the only public way to compile one profile on its
        // own, and a compile failure (1.0.0's discriminators) throws SchemaResolutionFailedException here.
#pragma warning disable ExperimentalApi
        var schemas = StructureDefinitionToElementSchemaResolver.CreatedCached(
            ProfileSet.Instance.Resolver, new ConcurrentDictionary<Firely.Fhir.Validation.Canonical, ElementSchema?>());
#pragma warning restore ExperimentalApi

        var schema = schemas.GetSchema(new Firely.Fhir.Validation.Canonical(url));

        Assert.NotNull(schema);
    }

    public static TheoryData<string> ProfileIds =>
        [.. ProfileSet.Instance.Resources.OfType<StructureDefinition>().Where(sd => sd.Type != "Extension").Select(sd => sd.Id!)];

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Profile_LoadsInValidator_WhenValidatingAnEmptyInstance(string id)
    {
        var profile = ProfileSet.Instance.StructureDefinition(id);
        var empty = (Resource)Activator.CreateInstance(ModelInfo.GetTypeForFhirType(profile.Type!)!)!;

        var outcome = ProfileSet.Instance.Validator.Validate(empty, profile.Url!);

        // The empty instance breaks cardinalities, which is expected; a profile the validator cannot
        // compile shows up instead as an unresolvable profile.
        Assert.DoesNotContain(outcome.Issue, i => i.Details?.Text?.Contains("Unable to resolve reference to profile", StringComparison.Ordinal) == true);
        Assert.Contains(outcome.Issue, i => i.Details?.Text?.StartsWith("Missing required member", StringComparison.Ordinal) == true
            || i.Details?.Text?.Contains("constraint", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ImplementationGuide_ListsEveryOtherConformanceResource_WhenBuilt()
    {
        var guide = ProfileSet.Instance.Resources.OfType<ImplementationGuide>().Single();
        var listed = guide.Definition!.Resource.Select(r => r.Reference?.Reference).ToHashSet();

        var missing = ProfileSet.Instance.Resources
            .Where(r => r is not ImplementationGuide)
            .Select(r => $"{r.TypeName}/{r.Id}")
            .Where(r => !listed.Contains(r));

        Assert.Empty(missing);
    }
}
