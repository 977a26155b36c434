using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Insuree.Handlers;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using OpenImis.Fhir.Modules.Insuree.Search;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Handlers;

namespace OpenImis.Fhir.Modules.Insuree;

/// <summary>Insurees as Patient and families as Group.</summary>
internal sealed class InsureeModule : FhirModule
{
    public override string Name => "Insuree";

    public override IReadOnlyList<string> DependsOn => ["Location"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        // Loaded and checked here, so that a bad or missing ConceptMap stops the start-up.
        var maps = services.AddConceptMapStore(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        var codes = new InsureeCodes(maps);
        services.AddSingleton(codes);
        services.AddSingleton(sp => new PatientMapper(codes, sp.GetRequiredService<ILocationLookup>()));
        services.AddSingleton(sp => new GroupMapper(codes, sp.GetRequiredService<ILocationLookup>()));
        services.AddSingleton(new PatientSearchParameters(codes));
        services.AddScoped<InsureeLookups>();
        services.AddScoped<MembershipEvents>();
        services.AddScoped<ILocationDependents, InsureeLocationDependents>();
        services.AddResourceHandler<PatientHandler>(this);
        services.AddResourceHandler<GroupHandler>(this);
        foreach (var index in InsureeSearchIndexes.All)
        {
            services.AddSearchIndex(index);
        }

        foreach (var codeSystem in InsureeCodeSystems.All)
        {
            services.AddDatabaseCodeSystem(codeSystem);
        }

        services.AddInsureeDemoData();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new InsureeConfiguration());
        model.ApplyConfiguration(new FamilyConfiguration());
        model.ApplyConfiguration(new PhotoConfiguration());
        LookupTables.Configure(model);
    }
}
