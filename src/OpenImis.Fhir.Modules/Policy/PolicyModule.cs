using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Policy.Data;

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
