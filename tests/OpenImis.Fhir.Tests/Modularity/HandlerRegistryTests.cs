using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Tests.Modularity;

public sealed class HandlerRegistryTests
{
    [Fact]
    public void Constructor_NamesBothModules_WhenTypeIsClaimedTwice()
    {
        var ex = Assert.Throws<ModuleConfigurationException>(() => new HandlerRegistry(
        [
            new HandlerRegistration("Insuree", "Patient", typeof(string)),
            new HandlerRegistration("Claim", "Patient", typeof(int)),
        ]));
        Assert.Contains("'Insuree'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Claim'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serves_IsFalse_WhenNoHandlerClaimsTheType()
    {
        var registry = new HandlerRegistry([new HandlerRegistration("Insuree", "Patient", typeof(string))]);
        Assert.False(registry.Serves("Claim"));
    }
}
