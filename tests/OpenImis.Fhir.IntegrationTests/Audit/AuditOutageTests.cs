using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Security;
using OpenImis.Fhir.Server.Audit;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>
/// A database outage (a PostgreSQL cluster of the test's own, port 56320 unless OPENIMIS_TEST_PG_SPARE_PORT says
/// otherwise) does not fail API calls because of the audit trail: the writer keeps the events of the outage and stores
/// them once the database is back.
/// </summary>
public sealed class AuditOutageTests
{
    private const int Port = 56320;

    [Fact]
    public async System.Threading.Tasks.Task Writer_StoresTheEventsOfAnOutage_WhenTheDatabaseComesBack()
    {
        await using var cluster = await PostgresCluster.StartAsync(
            Environment.GetEnvironmentVariable(PostgresCluster.PortVariable) is { Length: > 0 } spare ? int.Parse(spare, System.Globalization.CultureInfo.InvariantCulture) : Port);
        var database = await cluster.CreateDatabaseAsync("audit_outage");
        using var provider = new FakeIdentityProvider();
        await using var factory = new FhirServerFactory(database, new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "oidc",
            ["Auth:Authority"] = provider.Issuer,
            ["Auth:Audience"] = FakeIdentityProvider.Audience,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["RateLimit:Enabled"] = "false",
            ["Subscriptions:DetectorEnabled"] = "false",
            ["Audit:FlushMilliseconds"] = "50",
        });
        var clientId = AuditServerFixture.NewClientId();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", provider.Token(clientId: clientId, user: null));
        var queue = factory.Services.GetRequiredService<AuditQueue>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        using (var before = await client.GetAsync("/fhir/Patient?_count=1"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await queue.FlushAsync(timeout.Token);
        await cluster.StopServerAsync();
        HttpStatusCode during;
        using (var response = await client.GetAsync("/fhir/Patient?_count=1"))
        {
            during = response.StatusCode;
        }

        await cluster.StartServerAsync();
        await queue.FlushAsync(timeout.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during);
        var stored = await TestPostgres.CountAsync(database, $"SELECT count(*) FROM fhir.audit_event WHERE agents LIKE '%|{clientId}|%'");
        var failures = await TestPostgres.CountAsync(database, $"SELECT count(*) FROM fhir.audit_event WHERE agents LIKE '%|{clientId}|%' AND outcome = '8'");
        Assert.Equal((2, 1), (stored, failures));
        Assert.Equal(0, queue.Dropped);
    }
}
