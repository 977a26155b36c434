using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Data;

namespace OpenImis.Fhir.Modules.Location;

/// <summary>The openIMIS location tree (regions, districts, wards, villages).</summary>
internal sealed class LocationModule : FhirModule
{
    public const int DefaultCacheSeconds = 300;

    public override string Name => "Location";

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        var cacheSeconds = moduleConfiguration.GetValue("CacheSeconds", DefaultCacheSeconds);
        if (cacheSeconds < 0)
        {
            throw new InvalidOperationException($"Fhir:Modules:{Name}:CacheSeconds must be 0 or more, not {cacheSeconds}.");
        }

        services.AddSingleton<ILocationSource, DbLocationSource>();
        services.AddSingleton(sp => new LocationTree(
            sp.GetRequiredService<ILocationSource>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            TimeSpan.FromSeconds(cacheSeconds),
            sp.GetRequiredService<ILogger<LocationTree>>()));
        services.AddSingleton<ILocationLookup>(sp => sp.GetRequiredService<LocationTree>());
        services.AddLocationDemoData();
    }

    public override void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new LocationConfiguration());
}
