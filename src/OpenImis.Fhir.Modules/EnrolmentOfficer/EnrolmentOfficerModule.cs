using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Data;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Demo;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Handlers;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Mapping;
using OpenImis.Fhir.Modules.Location.Cache;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer;

/// <summary>Enrolment officers as Practitioner and PractitionerRole (one source of each), read only.</summary>
internal sealed class EnrolmentOfficerModule : FhirModule
{
    public override string Name => "EnrolmentOfficer";

    public override IReadOnlyList<string> DependsOn => ["Location"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        services.AddSingleton(sp => new OfficerMapper(sp.GetRequiredService<ILocationLookup>()));
        services.AddResourceSource<OfficerPractitionerHandler>(this);
        services.AddResourceSource<OfficerRoleHandler>(this);
        services.AddSingleton<IDemoDataSeeder, OfficerDemoSeeder>();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new OfficerConfiguration());
        model.ApplyConfiguration(new OfficerVillageConfiguration());
    }
}
