using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>Readiness: the guide's conformance resources are loaded.</summary>
internal sealed class ConformanceHealthCheck(ConformanceStartup startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(startup.LoadedResources is { } count
            ? HealthCheckResult.Healthy($"{count} conformance resources loaded.")
            : HealthCheckResult.Unhealthy("The conformance resources are not loaded yet."));
}
