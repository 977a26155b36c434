using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>Registers the conformance resources, the validator and the handlers that serve them: the platform's, not a module's.</summary>
public static class ConformanceServiceCollectionExtensions
{
    /// <summary>The owner named for the conformance types where a module name would be.</summary>
    public const string PlatformModule = "Platform";

    /// <summary>
    /// Registers the store of <paramref name="profilesDirectory"/> plus the loaded ConceptMaps (a
    /// <see cref="ConceptMapStore"/> must be registered), the shared <see cref="ProfileValidator"/> (which also knows
    /// the <see cref="GuideDependencies"/> of that directory, not served), the terminology
    /// operations and read/search handlers for every conformance type. Nothing is loaded until first resolved. Modules
    /// add their lookup tables as <see cref="IDatabaseCodeSystem"/> services.
    /// </summary>
    public static IServiceCollection AddConformance(this IServiceCollection services, string profilesDirectory, string specificationZip)
    {
        services.AddSingleton(sp => ConformanceStore.Load(profilesDirectory, sp.GetRequiredService<ConceptMapStore>().All));
        services.AddSingleton(sp => new ProfileValidator(
            sp.GetRequiredService<ConformanceStore>(), GuideDependencies.Load(profilesDirectory), specificationZip, sp.GetRequiredService<DatabaseCodeSystems>()));
        services.AddOptions<TerminologyOptions>().BindConfiguration(TerminologyOptions.SectionName)
            .Validate(o => o.RefreshSeconds >= 0, "Fhir:Terminology:RefreshSeconds must not be negative.").ValidateOnStart();
        services.AddSingleton<DatabaseCodeSystems>();
        services.AddSingleton<CodeSystemLookup>();
        services.AddSingleton<ValueSetExpansions>();
        services.AddSingleton<ConceptTranslator>();
        services.AddSingleton<SearchParameterCatalog>();
        Add<StoredConformanceHandler<StructureDefinition>>(services);
        Add<StoredConformanceHandler<ValueSet>>(services);
        Add<CodeSystemHandler>(services);
        Add<StoredConformanceHandler<ConceptMap>>(services);
        Add<StoredConformanceHandler<ImplementationGuide>>(services);
        Add<StoredConformanceHandler<CapabilityStatement>>(services);
        Add<SearchParameterHandler>(services);
        return services;
    }

    private static void Add<THandler>(IServiceCollection services)
        where THandler : class, IResourceHandler
    {
        services.AddSingleton<THandler>();
        services.AddSingleton(new HandlerRegistration(PlatformModule, ModuleServiceCollectionExtensions.FhirTypeOf(typeof(THandler)), typeof(THandler)));
    }
}
