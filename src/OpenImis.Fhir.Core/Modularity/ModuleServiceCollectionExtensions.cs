using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Modularity;

/// <summary>What a module calls from <see cref="IFhirModule.ConfigureServices"/>.</summary>
public static class ModuleServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="THandler"/> as the owner of <paramref name="resourceType"/> for <paramref name="module"/>.</summary>
    public static IServiceCollection AddResourceHandler<THandler>(this IServiceCollection services, IFhirModule module, string resourceType)
        where THandler : class, IResourceHandler
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new HandlerRegistration(module.Name, resourceType, typeof(THandler)));
        return services;
    }

    /// <summary>Declares an index the module's searches need (see <see cref="SearchIndex"/>).</summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, SearchIndex index) =>
        services.AddSingleton(index);
}
