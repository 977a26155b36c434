using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.PolicyHolder.Data;
using OpenImis.Fhir.Modules.PolicyHolder.Demo;
using OpenImis.Fhir.Modules.PolicyHolder.Handlers;
using OpenImis.Fhir.Modules.PolicyHolder.Mapping;

namespace OpenImis.Fhir.Modules.PolicyHolder;

/// <summary>
/// Policy holders (openIMIS's policyholder module, <c>tblPolicyHolder</c>) as Organization type <c>bus</c>, read and
/// search only. On a database without the table the module stays loaded but serves nothing and logs one line
/// (<see cref="PolicyHolderTables"/>).
/// </summary>
internal sealed class PolicyHolderModule : FhirModule
{
    public override string Name => "PolicyHolder";

    public override IReadOnlyList<string> DependsOn => ["Location"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        services.AddSingleton(sp => new PolicyHolderMapper(sp.GetRequiredService<ILocationLookup>()));
        services.AddSingleton<PolicyHolderTables>();
        services.AddHostedService<PolicyHolderStartup>();
        services.AddResourceSource<PolicyHolderSource>(this);
        services.AddSingleton<IDemoDataSeeder, PolicyHolderDemoSeeder>();
    }

    public override void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new PolicyHolderConfiguration());
}
