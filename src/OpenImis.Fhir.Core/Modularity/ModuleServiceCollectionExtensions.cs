using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Modularity;

/// <summary>What a module calls from <see cref="IFhirModule.ConfigureServices"/>.</summary>
public static class ModuleServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="THandler"/> as the sole owner of its FHIR type (its <see cref="ITypedResourceHandler{TResource}"/>) for <paramref name="module"/>.</summary>
    public static IServiceCollection AddResourceHandler<THandler>(this IServiceCollection services, IFhirModule module)
        where THandler : class, IResourceHandler
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new HandlerRegistration(module.Name, FhirTypeOf(typeof(THandler)), typeof(THandler)));
        return services;
    }

    /// <summary>Registers <typeparamref name="THandler"/> as one source of its FHIR type, beside other modules' sources.</summary>
    public static IServiceCollection AddResourceSource<THandler>(this IServiceCollection services, IFhirModule module)
        where THandler : class, IResourceSource
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new HandlerRegistration(module.Name, FhirTypeOf(typeof(THandler)), typeof(THandler), IsSource: true));
        return services;
    }

    /// <summary>Declares an index the module's searches need (see <see cref="SearchIndex"/>).</summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, SearchIndex index) =>
        services.AddSingleton(index);

    internal static string FhirTypeOf(Type handler) =>
        handler.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedResourceHandler<>))
            .Select(i => Hl7.Fhir.Model.ModelInfo.GetFhirTypeNameForType(i.GetGenericArguments()[0]))
            .SingleOrDefault()
        ?? throw new ModuleConfigurationException(
            $"{handler.Name} does not say which FHIR type it serves: implement ITypedResourceHandler<TResource> (VersionedResourceHandler does).");
}
