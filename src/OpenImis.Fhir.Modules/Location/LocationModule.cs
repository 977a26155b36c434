using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Location.Data;

namespace OpenImis.Fhir.Modules.Location;

/// <summary>The openIMIS location tree (regions, districts, wards, villages).</summary>
internal sealed class LocationModule : FhirModule
{
    public override string Name => "Location";

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        services.AddLocationDemoData();
    }

    public override void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new LocationConfiguration());
}
