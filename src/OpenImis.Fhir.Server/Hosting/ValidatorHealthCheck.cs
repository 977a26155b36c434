using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// Readiness: with <c>Fhir:Validation:WarmUp</c> on, the served profiles are compiled, so a write does not wait
/// seconds for it. A failed warm-up is degraded, not unhealthy: profiles then compile on first use.
/// </summary>
internal sealed class ValidatorHealthCheck(ConformanceStartup startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(startup.WarmUp switch
        {
            WarmUpState.Done => HealthCheckResult.Healthy("The served profiles are compiled."),
            WarmUpState.Off => HealthCheckResult.Healthy("No warm-up (Fhir:Validation:WarmUp=false); profiles compile on first use."),
            WarmUpState.Failed => HealthCheckResult.Degraded("The warm-up failed (see the log); profiles compile on first use."),
            _ => HealthCheckResult.Unhealthy("The served profiles are still compiling."),
        });
}
