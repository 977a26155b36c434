using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules;

namespace OpenImis.Fhir.Tests.Architecture;

// Bulk synthetic data is a benchmark concern: its generator lives in tools/OpenImis.Fhir.Bench, never in the platform
// or in what the server loads.
public sealed class DemoDataPlacementTests
{
    [Fact]
    public void Core_DeclaresNoSyntheticDataType_WhenCompiled()
    {
        var names = typeof(IFhirModule).Assembly.GetTypes().Select(t => t.FullName!);

        Assert.DoesNotContain(names, n => n.Contains("Synthetic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Modules_HoldNoBulkGenerator_WhenCompiled()
    {
        var names = typeof(ModuleCatalog).Assembly.GetTypes().Select(t => t.Name);

        Assert.DoesNotContain(names, n => n.EndsWith("SyntheticGenerator", StringComparison.Ordinal) || n.EndsWith("FamilyWriter", StringComparison.Ordinal));
    }
}
