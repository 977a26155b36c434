using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.HealthFacility.Demo;

// In the DI namespace, so that the module calls it with one line and no new using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the HealthFacility module's reference and demo seeders.</summary>
internal static class HealthFacilityDemoServiceCollectionExtensions
{
    public static IServiceCollection AddHealthFacilityDemoData(this IServiceCollection services)
    {
        services.AddScoped<IReferenceDataSeeder, HealthFacilityReferenceDataSeeder>();
        services.AddScoped<IDemoDataSeeder, HealthFacilityDemoSeeder>();
        return services;
    }
}
