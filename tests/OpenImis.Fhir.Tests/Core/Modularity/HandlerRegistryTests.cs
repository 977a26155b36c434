using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Tests.Core.Rest;

namespace OpenImis.Fhir.Tests.Core.Modularity;

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

    [Fact]
    public void Resolve_PutsSourcesTogether_WhenTwoModulesFeedOneType()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new FakeSource("https://example.org/a", []));
        services.AddSingleton(new OtherSource());
        using var provider = services.BuildServiceProvider();
        var registry = new HandlerRegistry(
        [
            new HandlerRegistration("HealthFacility", "Organization", typeof(FakeSource), IsSource: true),
            new HandlerRegistration("Insurer", "Organization", typeof(OtherSource), IsSource: true),
        ]);

        var handler = Assert.IsType<CompositeResourceHandler>(registry.Resolve(provider, "Organization"));

        Assert.Equal(2, handler.Sources.Count);
        Assert.Equal("HealthFacility, Insurer", registry.Registrations.Single().Module);
    }

    [Fact]
    public void Constructor_Throws_WhenAPlainHandlerAndASourceClaimOneType()
    {
        Assert.Throws<ModuleConfigurationException>(() => new HandlerRegistry(
        [
            new HandlerRegistration("HealthFacility", "Organization", typeof(FakeSource), IsSource: true),
            new HandlerRegistration("Insurer", "Organization", typeof(OtherSource)),
        ]));
    }

    [Fact]
    public void AddResourceSource_TakesTheTypeFromTheHandler_WhenRegistered()
    {
        var services = new ServiceCollection();
        services.AddResourceSource<FakeSource>(new TestModule());
        var registration = (HandlerRegistration)services.Single(d => d.ServiceType == typeof(HandlerRegistration)).ImplementationInstance!;
        Assert.Equal(("Organization", true), (registration.ResourceType, registration.IsSource));
    }

    private sealed class TestModule : FhirModule
    {
        public override string Name => "Test";
    }

    private sealed class OtherSource() : IResourceSource
    {
        private readonly FakeSource _inner = new("https://example.org/b", []);

        public string ResourceType => "Organization";

        public IReadOnlyList<string> Profiles => _inner.Profiles;

        public IReadOnlyList<OpenImis.Fhir.Core.Search.ISearchParameter> SearchParameters => _inner.SearchParameters;

        public bool Accepts(Hl7.Fhir.Model.Resource resource) => _inner.Accepts(resource);

        public Task<bool> HoldsAsync(string id, CancellationToken cancellationToken) => _inner.HoldsAsync(id, cancellationToken);

        public Task<Hl7.Fhir.Model.Resource> ReadAsync(string id, CancellationToken cancellationToken) => _inner.ReadAsync(id, cancellationToken);

        public Task<Hl7.Fhir.Model.Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken) =>
            _inner.ReadVersionAsync(id, versionId, cancellationToken);

        public Task<SearchResult> SearchAsync(OpenImis.Fhir.Core.Search.SearchQuery query, CancellationToken cancellationToken) =>
            _inner.SearchAsync(query, cancellationToken);

        public Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken) =>
            _inner.HistoryAsync(id, query, cancellationToken);
    }
}
