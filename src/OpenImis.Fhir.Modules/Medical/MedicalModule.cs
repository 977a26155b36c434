using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Medical.Handlers;
using OpenImis.Fhir.Modules.Medical.Mapping;
using OpenImis.Fhir.Modules.Medical.Search;

namespace OpenImis.Fhir.Modules.Medical;

/// <summary>Medical items as Medication, medical services as ActivityDefinition, and diagnoses as the guide's diagnosis CodeSystem.</summary>
internal sealed class MedicalModule : FhirModule
{
    public override string Name => "Medical";

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        var currency = Currency(moduleConfiguration["Currency"]);

        // Loaded and checked here, so that a bad or missing ConceptMap stops the start-up.
        var maps = services.AddConceptMapStore(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        var codes = new MedicalCodes(maps);
        var contexts = new UsageContexts(codes);
        services.AddSingleton(codes);
        services.AddSingleton(new MedicationMapper(codes, contexts, currency));
        services.AddSingleton(new ActivityDefinitionMapper(codes, contexts, currency));
        services.AddSingleton(new MedicationSearchParameters(codes));
        services.AddSingleton(new ActivityDefinitionSearchParameters(codes));
        services.AddScoped<MedicalUsage>();
        services.AddResourceHandler<MedicationHandler>(this);
        services.AddResourceHandler<ActivityDefinitionHandler>(this);
        foreach (var index in MedicalSearchIndexes.All)
        {
            services.AddSearchIndex(index);
        }

        services.AddDatabaseCodeSystem(new DiagnosisCodeSystem());
        services.AddMedicalDemoData();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new MedicalItemConfiguration());
        model.ApplyConfiguration(new MedicalServiceConfiguration());
        model.ApplyConfiguration(new DiagnosisConfiguration());
    }

    // openIMIS stores prices without a currency; an implementation names its own (ISO 4217) to have it emitted.
    private Money.Currencies? Currency(string? configured) =>
        string.IsNullOrEmpty(configured)
            ? null
            : EnumUtility.ParseLiteral<Money.Currencies>(configured)
              ?? throw new InvalidOperationException($"Fhir:Modules:{Name}:Currency '{configured}' is not an ISO 4217 currency code.");
}
