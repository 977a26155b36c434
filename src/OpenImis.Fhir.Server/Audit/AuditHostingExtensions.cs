using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Server.Audit.Atna;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// The audit trail (issue 12): the capture middleware, the queue and its batch writer, the read-only AuditEvent type,
/// retention and ATNA forwarding. All of it is off when <c>Audit:Enabled</c> is false (by default in mode none).
/// Needs <see cref="Core.State.FhirStateDbContext"/> (<c>AddOpenImisJobs</c>).
/// </summary>
internal static class AuditHostingExtensions
{
    public static WebApplicationBuilder AddOpenImisAudit(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AuditOptions.SectionName);
        services.AddOptions<AuditOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(o => !o.Atna.IsOn || AtnaValid(o.Atna), "Audit:Atna needs Transport tcp, tls or udp, a Port in 1-65535, BatchSize 1-10000, IntervalSeconds 1-3600.")
            .ValidateOnStart();
        if (!Enabled(builder.Configuration))
        {
            return builder;
        }

        services.AddSingleton<AuditQueue>();
        services.AddSingleton(provider =>
        {
            var audit = provider.GetRequiredService<IOptions<AuditOptions>>().Value;
            return new AuditEventBuilder(string.IsNullOrWhiteSpace(audit.SourceId) ? Environment.MachineName : audit.SourceId, audit.Site);
        });
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditWriter>());
        services.AddSingleton<AuditRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditRetention>());
        if (section.GetSection("Atna").Get<AtnaOptions>()?.IsOn == true)
        {
            services.AddSingleton<AtnaForwarder>();
            services.AddHostedService(provider => provider.GetRequiredService<AtnaForwarder>());
        }

        // The platform's, like Subscription: bulk export leaves audit events out, the warm-up compiles no guide profile.
        services.AddScoped<AuditEventHandler>();
        services.AddSingleton(new HandlerRegistration(ConformanceServiceCollectionExtensions.PlatformModule, "AuditEvent", typeof(AuditEventHandler)));
        return builder;
    }

    /// <summary>Outside the error handler, so that the status it sees is the one the client gets.</summary>
    public static WebApplication UseOpenImisAudit(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.UseMiddleware<AuditMiddleware>();
        }

        return app;
    }

    private static bool Enabled(IConfiguration configuration)
    {
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var audit = configuration.GetSection(AuditOptions.SectionName).Get<AuditOptions>() ?? new AuditOptions();
        return audit.IsEnabled(auth.IsOn);
    }

    private static bool AtnaValid(AtnaOptions atna) =>
        atna.Transport is "tcp" or "tls" or "udp" && atna.Port is > 0 and <= 65535 && atna.BatchSize is > 0 and <= 10_000 && atna.IntervalSeconds is > 0 and <= 3600;
}
