using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Demo;

// In the DI namespace, so that the module calls it with one line and no new using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Insuree module's reference data and demo seeders.</summary>
internal static class InsureeDemoServiceCollectionExtensions
{
    public static IServiceCollection AddInsureeDemoData(this IServiceCollection services)
    {
        services.AddScoped<IReferenceDataSeeder, InsureeReferenceDataSeeder>();
        services.AddScoped<IDemoDataSeeder, InsureeDemoSeeder>();
        return services;
    }
}
