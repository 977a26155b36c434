using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree;

/// <summary>Insurees as Patient and families as Group.</summary>
internal sealed class InsureeModule : FhirModule
{
    public override string Name => "Insuree";

    public override IReadOnlyList<string> DependsOn => ["Location"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new InsureeConfiguration());
        model.ApplyConfiguration(new FamilyConfiguration());
        model.ApplyConfiguration(new PhotoConfiguration());
        LookupTables.Configure(model);
    }
}
