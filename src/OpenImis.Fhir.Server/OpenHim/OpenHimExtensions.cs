using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>The two calls that wire the OpenHIM mediator into a host.</summary>
internal static class OpenHimExtensions
{
    /// <summary>
    /// Adds the mediator services (registration and heartbeat when OpenHim:Enabled) and the
    /// configuration source through which OpenHIM config overrides Fhir:* settings live. Call it after
    /// any other configuration source is added: the last source wins.
    /// </summary>
    public static TBuilder AddOpenHimMediator<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var source = new MediatorConfigurationSource();
        builder.Configuration.Sources.Add(source);

        var services = builder.Services;
        services.AddSingleton(source.Provider);
        services.AddOptions<OpenHimOptions>()
            .Bind(builder.Configuration.GetSection(OpenHimOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenHimOptions>, OpenHimOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<MediatorDocumentBuilder>();
        services.AddSingleton<MediatorConfigApplier>();
        services.AddSingleton<OpenHimChannelInstaller>();
        services.AddSingleton<MediatorRouteSync>();
        services.AddSingleton<BasicOpenHimAuthenticator>();
        services.AddSingleton<TokenOpenHimAuthenticator>();
        services.AddTransient<OpenHimAuthHandler>();

        services.AddHttpClient(TokenOpenHimAuthenticator.HttpClientName, OpenHimHttpClientSetup.ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(OpenHimHttpClientSetup.CreatePrimaryHandler)
            .AddResilienceHandler("openhim-authenticate", OpenHimHttpClientSetup.ConfigureResilience);

        // Resilience outside, authentication inside: each retry attempt is signed afresh.
        var apiClient = services.AddHttpClient<OpenHimApiClient>(OpenHimHttpClientSetup.ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(OpenHimHttpClientSetup.CreatePrimaryHandler);
        apiClient.AddResilienceHandler("openhim", OpenHimHttpClientSetup.ConfigureResilience);
        apiClient.AddHttpMessageHandler<OpenHimAuthHandler>();

        services.AddHostedService<OpenHimMediatorService>();
        return builder;
    }

    /// <summary>
    /// Adds the mediator response wrapper (OpenHim:MediatorResponses) and the route credential check
    /// (OpenHim:RouteAuth). Call it early, before the FHIR endpoints and outside response compression,
    /// so a 401 or an unhandled error is still answered in the mediator format.
    /// </summary>
    public static IApplicationBuilder UseOpenHimMediator(this IApplicationBuilder app) =>
        app.UseMiddleware<MediatorResponseMiddleware>()
            .UseMiddleware<OpenHimRouteAuthMiddleware>();
}
