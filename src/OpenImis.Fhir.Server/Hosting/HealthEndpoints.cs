using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers (no check). <c>/health/ready</c>: the database answers, the conformance
/// resources are loaded and the validator is warm; 200 when healthy or degraded, 503 otherwise, with the status of
/// each check as JSON. <c>/health</c> is the readiness answer under its older name.
/// </summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddFhirHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<ConformanceHealthCheck>("conformance", tags: [Ready])
            .AddCheck<ValidatorHealthCheck>("validator", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapFhirHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, durationMs = (long)e.Value.Duration.TotalMilliseconds }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
