using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Claim.Adjudication;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Demo;
using OpenImis.Fhir.Modules.Claim.Handlers;
using OpenImis.Fhir.Modules.Claim.Mapping;
using OpenImis.Fhir.Modules.Claim.Submission;
using OpenImis.Fhir.Modules.Insurer;
using OpenImis.Fhir.Modules.Shared;
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

    public override IReadOnlyList<string> DependsOn => ["Insuree", "Product", "Policy", "HealthFacility", "Medical", "ClaimAdministrator", "Insurer"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        // --- claim (submission): the Claim resource, POST Claim and its rule engine ---
        var currency = ModuleCurrency.From(moduleConfiguration, Name);
        services.AddSingleton(new ClaimMapper(currency));
        services.AddScoped<ClaimReferences>();
        services.AddScoped<ClaimEntry>();
        services.AddScoped<RuleQueries>();
        services.AddScoped<ClaimRuleEngine>();
        services.AddScoped<DedRemBooking>();
        services.AddScoped<ClaimSubmission>();
        services.AddResourceHandler<ClaimHandler>(this);
        services.AddScoped<IDemoDataSeeder, PriceListDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, ProductCoverageDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, ClaimDemoSeeder>();
        // --- end claim (submission) ---
        // --- adjud: ClaimResponse (read, search, review and valuation by PUT) ---
        var maps = services.AddConceptMapStore(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        services.AddSingleton(new ClaimResponseCodes(maps));
        services.AddSingleton(sp => new ClaimResponseMapper(sp.GetRequiredService<ClaimResponseCodes>(), InsurerReference(sp)));
        services.AddSingleton<ClaimResponseSearchParameters>();
        services.AddScoped<ClaimProcessing>();
        services.AddScoped<ClaimReview>();
        services.AddResourceHandler<ClaimResponseHandler>(this);
        // --- end adjud ---
        // Eligibility (elig): POST CoverageEligibilityRequest answered from the claims history.
        services.AddScoped<EligibilityReader>();
        services.AddResourceHandler<CoverageEligibilityRequestHandler>(this);

        // Feedback (elig): claims selected for feedback as CommunicationRequest, the answers as Communication.
        services.AddResourceHandler<CommunicationRequestHandler>(this);
        services.AddResourceHandler<CommunicationHandler>(this);
    }

    // ClaimResponse.insurer is required and must be the guide's insurance organisation: the configured insurer
    // (openIMIS itself has no table for it), hence the dependency on the Insurer module.
    private static ResourceReference InsurerReference(IServiceProvider services)
    {
        var insurer = services.GetRequiredService<InsurerDescription>().Entry;
        return new ResourceReference($"Organization/{insurer.Id}", insurer.Name);
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
