using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.ClaimAdministrator.Data;
using OpenImis.Fhir.Modules.ClaimAdministrator.Handlers;

namespace OpenImis.Fhir.Modules.ClaimAdministrator;

/// <summary>
/// Claim administrators as Practitioner and PractitionerRole (one source of each). The role refers to the health
/// facility by its UUID, read by id from tblHF (<see cref="FacilityIds"/>): the facility is the HealthFacility
/// module's, which this module does not need to be on to load.
/// </summary>
internal sealed class ClaimAdministratorModule : FhirModule
{
    public override string Name => "ClaimAdministrator";

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        services.AddSingleton<FacilityIds>();
        services.AddResourceSource<ClaimAdminPractitionerHandler>(this);
        services.AddResourceSource<ClaimAdminRoleHandler>(this);
        services.AddSingleton<Core.Data.IDemoDataSeeder, Demo.ClaimAdminDemoSeeder>();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new ClaimAdminConfiguration());
        model.ApplyConfiguration(new FacilityDistrictConfiguration());
    }
}
