using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Security.Smart;
using OpenImis.Fhir.Server.Audit;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>A token request the built-in SMART server refuses is a login failure in the audit trail.</summary>
public sealed class SmartTokenAuditTests(SmartTokenAuditTests.Fixture server) : IClassFixture<SmartTokenAuditTests.Fixture>
{
    [Fact]
    public async System.Threading.Tasks.Task TokenRequest_RecordsALoginFailure_WhenTheClientIsNotRegistered()
    {
        using var stranger = new SmartTestClient("stranger-" + Guid.NewGuid().ToString("N")[..8]);
        using var http = server.CreateClient();

        var answer = await SmartTestClient.RequestTokenAsync(http, stranger.Assertion());

        Assert.True(answer.Status is 400 or 401, answer.ToString());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await server.Factory.Services.GetRequiredService<AuditQueue>().FlushAsync(timeout.Token);
        var json = Assert.Single(await Sql.StringsAsync(server.ConnectionString,
            $"SELECT resource FROM fhir.audit_event WHERE agents LIKE '%|{stranger.ClientId}|%'"));
        var audit = new FhirJsonDeserializer().Deserialize<AuditEvent>(json);
        Assert.Equal(("110114", AuditEvent.AuditEventOutcome.N4), (audit.Type.Code, audit.Outcome!.Value));
        Assert.Equal(stranger.ClientId, audit.Agent[0].Who.Identifier.Value);
    }

    /// <summary>Mode smart with a writer that flushes often.</summary>
    public sealed class Fixture : SmartServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(SmartSettings) { ["Audit:FlushMilliseconds"] = "50" };
    }
}
