using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Validation;
using OpenImis.Fhir.Tests.Conformance;

namespace OpenImis.Fhir.Tests.Core.Validation;

public sealed class ProfileValidatorTests
{
    private const string GroupProfile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-group";

    // The store's resources are what the server serves; compiling a profile must not change them.
    [Fact]
    public void Validate_LeavesTheStoresStructureDefinitionUnchanged_WhenItCompilesIt()
    {
        var store = ConformanceStore.Load(ProfileSet.ProfilesFolder, []);
        var served = store.Resources.OfType<StructureDefinition>().Single(s => s.Url == GroupProfile);
        var before = (StructureDefinition)served.DeepCopy();

        new ProfileValidator(store, Path.Combine(AppContext.BaseDirectory, "specification.zip")).Validate(new Group(), GroupProfile);

        Assert.True(served.IsExactly(before), "Compiling openimis-group changed the StructureDefinition the store serves.");
    }
}
