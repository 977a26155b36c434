using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>Registers the change detector (needs the server's own schema, <see cref="State.FhirStateDbContext"/>, migrated).</summary>
public static class ChangeDetectorServiceCollectionExtensions
{
    /// <summary>Adds the detector's pass and, unless <c>Subscriptions:DetectorEnabled</c> is false, its hosted poller.</summary>
    public static IServiceCollection AddChangeDetector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ChangeDetectorOptions.SectionName);
        services.AddOptions<ChangeDetectorOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ChangeDetectorPass>();
        services.AddOptions<SubscriberEndpointOptions>().Bind(section);
        services.AddSingleton<ISubscriberEndpointPolicy, SubscriberEndpointPolicy>();
        if (section.GetValue(nameof(ChangeDetectorOptions.DetectorEnabled), true))
        {
            services.AddHostedService<ChangeDetector>();
        }

        return services;
    }
}
