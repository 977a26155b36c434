using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Conformance;

public sealed class CapabilityStatementBuilderTests
{
    private sealed class Row
    {
        public string? Name { get; set; }
    }

    // Read and search only: the statement must list exactly these.
    private sealed class ReadSearchHandler : ITypedResourceHandler<Patient>, IReadHandler, ISearchHandler
    {
        public string ResourceType => "Patient";

        public IReadOnlyList<string> Profiles => ["https://example.org/StructureDefinition/p"];

        public IReadOnlyList<ISearchParameter> SearchParameters { get; } =
            [OpenImis.Fhir.Core.Search.SearchParameters.Text<Row>("name", "Patient.name", "A name", r => r.Name)];

        public Task<Resource> ReadAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class TestModule : FhirModule
    {
        public override string Name => "Insuree";
    }

    private static CapabilityStatement Build()
    {
        var services = new ServiceCollection();
        services.AddResourceHandler<ReadSearchHandler>(new TestModule());
        var registrations = services.Where(d => d.ServiceType == typeof(HandlerRegistration)).Select(d => (HandlerRegistration)d.ImplementationInstance!);
        var registry = new HandlerRegistry(registrations);
        using var provider = services.BuildServiceProvider();
        var builder = new CapabilityStatementBuilder(
            registry, new EnabledModules([new TestModule()]), provider.GetRequiredService<IServiceScopeFactory>(), new ConformanceStore([]), []);
        return builder.Build("https://fhir.example.org/fhir");
    }

    [Fact]
    public void Build_DeclaresR4AndBothFormats_WhenBuilt()
    {
        var statement = Build();
        Assert.Equal((FHIRVersion.N4_0_1, "json,xml"), (statement.FhirVersion!.Value, string.Join(',', statement.Format)));
    }

    [Fact]
    public void Build_ListsOnlyImplementedInteractions_WhenHandlerReadsAndSearches()
    {
        var resource = Build().Rest[0].Resource.Single();
        var codes = resource.Interaction.Select(i => i.Code!.Value).ToHashSet();
        Assert.Equal(
            new HashSet<CapabilityStatement.TypeRestfulInteraction>
            {
                CapabilityStatement.TypeRestfulInteraction.Read,
                CapabilityStatement.TypeRestfulInteraction.Vread,
                CapabilityStatement.TypeRestfulInteraction.SearchType,
            },
            codes);
    }

    [Fact]
    public void Build_ListsTheHandlersProfile_WhenBuilt()
    {
        Assert.Equal("https://example.org/StructureDefinition/p", Build().Rest[0].Resource.Single().Profile);
    }

    [Fact]
    public void Build_ListsDeclaredSearchParameters_WhenBuilt()
    {
        var parameter = Build().Rest[0].Resource.Single().SearchParam.Single();
        Assert.Equal(("name", SearchParamType.String), (parameter.Name, parameter.Type!.Value));
    }

    [Fact]
    public void Build_NamesEnabledModules_WhenBuilt()
    {
        var modules = Build().Extension.Where(e => e.Url == CapabilityStatementBuilder.ModuleExtensionUrl).Select(e => e.Value.ToString());
        Assert.Equal(["Insuree"], modules);
    }

    [Fact]
    public void Build_UsesBaseUrl_WhenGivenOne()
    {
        Assert.Equal("https://fhir.example.org/fhir", Build().Implementation.Url);
    }
}
