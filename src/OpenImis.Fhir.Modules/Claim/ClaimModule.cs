using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Eligibility;
using OpenImis.Fhir.Modules.Claim.Feedback;

namespace OpenImis.Fhir.Modules.Claim;

/// <summary>
/// Claims (<c>tblClaim</c>, <c>tblClaimItems</c>, <c>tblClaimServices</c>), what they used of deductibles and
/// ceilings (<c>tblClaimDedRem</c>), feedback (<c>tblFeedback</c>, <c>tblFeedbackPrompt</c>) and the facilities'
/// price lists the rule engine checks (<c>tblPLItems</c>, <c>tblPLServices</c> and their details).
/// </summary>
internal sealed class ClaimModule : FhirModule
{
    public override string Name => "Claim";

    public override IReadOnlyList<string> DependsOn => ["Insuree", "Product", "Policy", "HealthFacility", "Medical", "ClaimAdministrator"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        // Eligibility (elig): POST CoverageEligibilityRequest answered from the claims history.
        services.AddScoped<EligibilityReader>();
        services.AddResourceHandler<CoverageEligibilityRequestHandler>(this);

        // Feedback (elig): claims selected for feedback as CommunicationRequest, the answers as Communication.
        services.AddResourceHandler<CommunicationRequestHandler>(this);
        services.AddResourceHandler<CommunicationHandler>(this);
    }

    public override void ConfigureModel(ModelBuilder model)
    {
        model.ApplyConfiguration(new ClaimRowConfiguration());
        model.ApplyConfiguration(new ClaimItemConfiguration());
        model.ApplyConfiguration(new ClaimServiceConfiguration());
        model.ApplyConfiguration(new ClaimDedRemConfiguration());
        model.ApplyConfiguration(new FeedbackConfiguration());
        model.ApplyConfiguration(new FeedbackPromptConfiguration());
        var priceLists = new PriceListConfiguration();
        model.ApplyConfiguration<ItemPriceList>(priceLists);
        model.ApplyConfiguration<ServicePriceList>(priceLists);
        model.ApplyConfiguration<ItemPriceListDetail>(priceLists);
        model.ApplyConfiguration<ServicePriceListDetail>(priceLists);
    }
}
