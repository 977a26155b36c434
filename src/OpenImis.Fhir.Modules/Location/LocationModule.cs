using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Handlers;
using OpenImis.Fhir.Modules.Location.Search;

namespace OpenImis.Fhir.Modules.Location;

/// <summary>The openIMIS location tree (regions, districts, wards, villages) as Location, and its in-memory cache.</summary>
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
        services.AddSingleton<IInterceptor, LocationCacheInvalidator>();
        services.AddScoped<VillageLookup>();
        // Health facilities are Locations too (physicalType si), from the HealthFacility module's own source.
        services.AddResourceSource<LocationHandler>(this);
        foreach (var index in LocationSearchIndexes.All)
        {
            services.AddSearchIndex(index);
        }

        services.AddLocationDemoData();
    }

    public override void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new LocationConfiguration());
}
