using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>Readiness: the database answers a trivial query through the server's own pooled context.</summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex) || ex is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database does not answer: {ex.GetBaseException().Message}");
        }
    }
}
