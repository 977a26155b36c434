using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Policy.Contract;
using OpenImis.Fhir.Modules.Policy.Coverage;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Demo;
using OpenImis.Fhir.Modules.Policy.Members;

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
        services.AddSingleton(new ContractMapper(Currency(moduleConfiguration)));
        services.AddScoped<Contributions>();
        services.AddScoped<Enrolment>();
        services.AddResourceHandler<ContractHandler>(this);
        services.AddScoped<IDemoDataSeeder, PolicyDemoSeeder>();
        services.AddSingleton<IInterceptor, NewMemberCoverage>();
    }

    // openIMIS stores amounts without a currency; the guide's Money needs one (the Product module's setting, same default).
    private Money.Currencies Currency(IConfiguration moduleConfiguration)
    {
        var configured = moduleConfiguration.GetValue("Currency", Product.ProductModule.DefaultCurrency)!;
        return Enum.TryParse<Money.Currencies>(configured, ignoreCase: false, out var currency) && Enum.IsDefined(currency)
            ? currency
            : throw new InvalidOperationException($"Fhir:Modules:{Name}:Currency must be an ISO 4217 code such as {Product.ProductModule.DefaultCurrency}, not '{configured}'.");
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
