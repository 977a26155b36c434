using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest.Bundles;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>Registers the engine: the interactions, batch and transaction, write transactions and validation on write.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds the engine's services; a request scope gets its own, over the scope's database context.</summary>
    public static IServiceCollection AddFhirEngine(this IServiceCollection services)
    {
        services.AddScoped<WriteTransactions>();
        services.AddScoped<Subscriptions.ChangeOutbox>();
        services.AddScoped<Security.FhirCallerContext>();
        services.AddScoped<Security.AccessPolicy>();
        services.AddScoped<Security.AuditUser>();
        services.AddSingleton<Subscriptions.ChangeSignal>();
        services.AddScoped<FhirInteractions>();
        services.AddScoped<BundleInteractions>();
        services.AddSingleton<WriteValidator>();
        services.AddSingleton<LegacyCodings>();
        return services;
    }
}
