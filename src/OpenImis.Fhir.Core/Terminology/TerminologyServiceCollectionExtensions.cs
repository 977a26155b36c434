using Microsoft.Extensions.DependencyInjection;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>Registers the ConceptMap store once, whichever module asks first, and the modules' database code systems.</summary>
public static class TerminologyServiceCollectionExtensions
{
    /// <summary>
    /// Loads the ConceptMaps of <paramref name="directory"/> now, so that a bad file fails start-up, and registers the
    /// store as a singleton; when a store is registered already, returns that one.
    /// </summary>
    public static ConceptMapStore AddConceptMapStore(this IServiceCollection services, string directory)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ConceptMapStore))?.ImplementationInstance is ConceptMapStore existing)
        {
            return existing;
        }

        var store = ConceptMapStore.Load(directory);
        services.AddSingleton(store);
        return store;
    }

    /// <summary>Serves <paramref name="source"/>'s table as the concepts of the guide's CodeSystem it names.</summary>
    public static IServiceCollection AddDatabaseCodeSystem(this IServiceCollection services, IDatabaseCodeSystem source) =>
        services.AddSingleton(source);
}
