using Microsoft.Extensions.Configuration;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Tests.Modularity;

public sealed class ModuleLoaderTests
{
    private sealed class TestModule(string name, params string[] dependsOn) : FhirModule
    {
        public override string Name => name;

        public override IReadOnlyList<string> DependsOn => dependsOn;
    }

    private static readonly IFhirModule[] Catalog = [new TestModule("Location"), new TestModule("Insuree", "Location")];

    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Load_EnablesEveryModule_WhenNothingIsConfigured()
    {
        Assert.Equal(2, ModuleLoader.Load(Catalog, Config()).Modules.Count);
    }

    [Fact]
    public void Load_LeavesModuleOut_WhenItIsDisabled()
    {
        var enabled = ModuleLoader.Load(Catalog, Config(("Fhir:Modules:Insuree:Enabled", "false")));
        Assert.False(enabled.Contains("Insuree"));
    }

    [Fact]
    public void Load_NamesTheModule_WhenConfiguredNameIsUnknown()
    {
        var ex = Assert.Throws<ModuleConfigurationException>(() => ModuleLoader.Load(Catalog, Config(("Fhir:Modules:Claims:Enabled", "true"))));
        Assert.Contains("'Claims'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesModuleAndDependency_WhenDependencyIsDisabled()
    {
        var ex = Assert.Throws<ModuleConfigurationException>(() => ModuleLoader.Load(Catalog, Config(("Fhir:Modules:Location:Enabled", "false"))));
        Assert.Contains("'Insuree'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Location'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesTheSetting_WhenEnabledIsNotABoolean()
    {
        var ex = Assert.Throws<ModuleConfigurationException>(() => ModuleLoader.Load(Catalog, Config(("Fhir:Modules:Location:Enabled", "yes"))));
        Assert.Contains("Fhir:Modules:Location:Enabled", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesTheDependency_WhenItIsNotInTheCatalog()
    {
        IFhirModule[] catalog = [new TestModule("Claim", "Medical")];
        var ex = Assert.Throws<ModuleConfigurationException>(() => ModuleLoader.Load(catalog, Config()));
        Assert.Contains("'Medical'", ex.Message, StringComparison.Ordinal);
    }
}
