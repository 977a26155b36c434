using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Location.Demo;

// In the DI namespace, so that the module calls it with one line and no new using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Location module's demo seeder.</summary>
internal static class LocationDemoServiceCollectionExtensions
{
    public static IServiceCollection AddLocationDemoData(this IServiceCollection services) =>
        services.AddScoped<IDemoDataSeeder, LocationDemoSeeder>();
}
