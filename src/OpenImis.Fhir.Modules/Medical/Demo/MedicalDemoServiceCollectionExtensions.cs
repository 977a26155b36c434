using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Medical.Demo;

// In the DI namespace, so that the module calls it with one line and no new using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Medical module's demo seeders.</summary>
internal static class MedicalDemoServiceCollectionExtensions
{
    public static IServiceCollection AddMedicalDemoData(this IServiceCollection services) =>
        services.AddScoped<IDemoDataSeeder, MedicalDemoSeeder>().AddScoped<IDemoDataSeeder, DiagnosisDemoSeeder>();
}
