using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Policy.Contract;
using OpenImis.Fhir.Modules.Policy.Coverage;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Demo;
using OpenImis.Fhir.Modules.Policy.Members;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy;

/// <summary>
/// Enrolment: policies (<c>tblPolicy</c>, <c>tblInsureePolicy</c>), contributions (<c>tblPremium</c>, <c>tblPayer</c>)
/// and renewal prompts (<c>tblPolicyRenewals</c>), the openIMIS policy and contribution modules.
/// </summary>
internal sealed class PolicyModule : FhirModule
{
    public override string Name => "Policy";

    public override IReadOnlyList<string> DependsOn => ["Insuree", "Product"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        // enrol: Coverage (read-only), Contract (enrolment, renewal, contributions).
        services.AddResourceHandler<CoverageHandler>(this);
        services.AddSingleton(new ContractMapper(ModuleCurrency.From(moduleConfiguration, Name)));
        services.AddScoped<Contributions>();
        services.AddScoped<Enrolment>();
        services.AddResourceHandler<ContractHandler>(this);
        services.AddScoped<IDemoDataSeeder, PolicyDemoSeeder>();
        services.AddSingleton<IInterceptor, NewMemberCoverage>();
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new PolicyRowConfiguration());
        model.ApplyConfiguration(new InsureePolicyConfiguration());
        model.ApplyConfiguration(new PremiumConfiguration());
        model.ApplyConfiguration(new PayerConfiguration());
        model.ApplyConfiguration(new PolicyRenewalConfiguration());
    }
}
