using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Product.Data;
using OpenImis.Fhir.Modules.Product.Demo;
using OpenImis.Fhir.Modules.Product.Handlers;
using OpenImis.Fhir.Modules.Product.Mapping;
using OpenImis.Fhir.Modules.Product.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product;

/// <summary>Products as InsurancePlan, with the items and services they cover.</summary>
internal sealed class ProductModule : FhirModule
{
    public override string Name => "Product";

    public override IReadOnlyList<string> DependsOn => ["Location"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        var currency = ModuleCurrency.From(moduleConfiguration, Name);

        services.AddSingleton(sp => new InsurancePlanMapper(sp.GetRequiredService<ILocationLookup>(), currency));
        services.AddSingleton(sp => new InsurancePlanSearchParameters(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddScoped<ProductLookups>();
        services.AddResourceHandler<InsurancePlanHandler>(this);
        foreach (var index in ProductSearchIndexes.All)
        {
            services.AddSearchIndex(index);
        }

        services.AddScoped<IDemoDataSeeder, ProductDemoSeeder>();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new ProductConfiguration());
        model.ApplyConfiguration(new ProductItemConfiguration());
        model.ApplyConfiguration(new ProductServiceConfiguration());
    }
}
