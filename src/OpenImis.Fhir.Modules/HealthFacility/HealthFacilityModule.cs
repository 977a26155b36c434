using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.HealthFacility.Data;
using OpenImis.Fhir.Modules.HealthFacility.Handlers;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;
using OpenImis.Fhir.Modules.HealthFacility.Search;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Handlers;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility;

/// <summary>Health facilities as Organization (type prov) and as Location sites (physicalType si).</summary>
internal sealed class HealthFacilityModule : FhirModule
{
    public const string SiteTypeMap = OpenImisIg.ConceptMapBase + "hf-level-site-type";

    public override string Name => "HealthFacility";

    public override IReadOnlyList<string> DependsOn => ["Location"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        // Loaded and checked here, so that a bad or missing ConceptMap stops the start-up.
        var maps = services.AddConceptMapStore(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        var siteTypes = maps.Get(SiteTypeMap);
        services.AddSingleton(sp => new OrganizationMapper(sp.GetRequiredService<ILocationLookup>()));
        services.AddSingleton(sp => new SiteLocationMapper(sp.GetRequiredService<ILocationLookup>(), siteTypes));
        services.AddScoped<HealthFacilityLookups>();
        services.AddScoped<HealthFacilityReferrers>();
        services.AddScoped<ILocationDependents, HealthFacilityLocationDependents>();
        services.AddResourceSource<HealthFacilityOrganizationHandler>(this);
        services.AddResourceSource<HealthFacilitySiteHandler>(this);
        foreach (var index in HealthFacilitySearchIndexes.All)
        {
            services.AddSearchIndex(index);
        }

        services.AddDatabaseCodeSystem(new LookupCodeSystem<LegalForm>(
            OpenImisIg.HealthFacilityLegalFormSystem, "tblLegalForms", l => new(l.Code, l.Name, l.SortOrder)));
        services.AddHealthFacilityDemoData();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new HealthFacilityConfiguration());
        HealthFacilityLookupTables.Configure(model);
    }
}
