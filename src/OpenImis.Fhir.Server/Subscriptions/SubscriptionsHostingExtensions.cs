using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// The subscription API (issue 11 part A): the Subscription resource, the published topics, the matcher that turns
/// the outbox into numbered events, the notification builder and <c>$status</c>/<c>$events</c>. Delivery (handshake,
/// heartbeat, retries) is the dispatcher's, which uses <see cref="IChangeMatcher"/> and <see cref="INotificationBuilder"/>.
/// Needs <see cref="Core.State.FhirStateDbContext"/> and the change detector's services (<c>AddOpenImisJobs</c>).
/// </summary>
internal static class SubscriptionsHostingExtensions
{
    /// <summary>
    /// The owner named for the Subscription type where a module name would be: the platform's, like the conformance
    /// types, so that bulk export leaves subscriptions (and their channel headers, secrets) out and the validator's
    /// warm-up does not try to compile the backport profile, which the guide does not carry.
    /// </summary>
    public const string Owner = ConformanceServiceCollectionExtensions.PlatformModule;

    public static WebApplicationBuilder AddOpenImisSubscriptions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SubscriptionOptions>().Bind(builder.Configuration.GetSection(SubscriptionOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<SubscriptionStore>();
        services.AddScoped<SubscriptionReader>();
        services.AddScoped<OwnerCallers>();
        services.AddScoped<SubscriptionHandler>();
        // Before AddOpenImisFhir, which builds the registry from the registrations made so far.
        services.AddSingleton(new HandlerRegistration(Owner, "Subscription", typeof(SubscriptionHandler)));
        services.AddSingleton<IChangeMatcher, ChangeMatcher>();
        services.AddScoped<NotificationBuilder>();
        services.AddScoped<INotificationBuilder>(provider => provider.GetRequiredService<NotificationBuilder>());
        services.AddSingleton<ICapabilityContributor, SubscriptionCapabilities>();
        services.AddSingleton(new OperationCapability("Subscription", "status", Backport.StatusOperation));
        services.AddSingleton(new OperationCapability("Subscription", "events", Backport.EventsOperation));
        return builder;
    }

    public static IEndpointRouteBuilder MapSubscriptionOperations(this IEndpointRouteBuilder app)
    {
        string[] getPost = [HttpMethods.Get, HttpMethods.Post];
        var fhir = app.MapGroup("/fhir/Subscription");
        fhir.MapMethods("/$status", getPost, SubscriptionOperations.TypeStatusAsync);
        fhir.MapMethods("/{id}/$status", getPost, SubscriptionOperations.InstanceStatusAsync);
        fhir.MapMethods("/{id}/$events", getPost, SubscriptionOperations.EventsAsync);
        return app;
    }
}
