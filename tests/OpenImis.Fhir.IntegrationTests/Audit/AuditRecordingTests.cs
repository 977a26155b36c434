using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Server.Audit;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>One AuditEvent per interaction, with BALP's codes, agents and entities, stored through the batch writer.</summary>
public sealed class AuditRecordingTests(AuditServerFixture server) : IClassFixture<AuditServerFixture>
{
    private const string Dicom = "http://dicom.nema.org/resources/ontology/DCM";

    [Fact]
    public async System.Threading.Tasks.Task Create_StampsAuditUserIdAndRecordsUserAndClientAgents_WhenTokenNamesAUser()
    {
        var clientId = AuditServerFixture.NewClientId();
        using var client = server.Client(clientId, user: "Admin");
        var family = "Audited" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient(family)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var adminId = await server.UserIdAsync("Admin");
        Assert.Equal(adminId, await Sql.CountAsync(server.ConnectionString,
            $"SELECT \"AuditUserID\" FROM \"tblInsuree\" WHERE \"LastName\" = '{family}' AND \"ValidityTo\" IS NULL"));
        var created = await FhirHttp.ReadAsync<Patient>(response);
        var audit = Assert.Single(await server.EventsAsync(clientId));
        Assert.Equal(AuditEvent.AuditEventAction.C, audit.Action);
        Assert.Equal("create", audit.Subtype.Single().Code);
        Assert.Equal(AuditEvent.AuditEventOutcome.N0, audit.Outcome);
        var clientAgent = Assert.Single(audit.Agent, a => a.Type.Coding[0].Code == "110153");
        Assert.Equal(clientId, clientAgent.Who.Identifier.Value);
        Assert.True(clientAgent.Requestor);
        var user = Assert.Single(audit.Agent, a => a.Type.Coding[0].Code == "humanuser");
        Assert.Equal("Admin", user.Who.Identifier.Value);
        Assert.Equal(adminId.ToString(System.Globalization.CultureInfo.InvariantCulture), user.AltId);
        Assert.Contains(audit.Entity, e => e.What?.Reference == $"Patient/{created.Id}" && e.Role.Code == "4");
        Assert.Contains(audit.Entity, e => e.What?.Reference == $"Patient/{created.Id}" && e.Role.Code == "1");
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_RecordsResourceAndPatientEntities_WhenAPatientIsRead()
    {
        var clientId = AuditServerFixture.NewClientId();
        var id = await server.PatientIdAsync();
        using var client = server.Client(clientId);

        using var response = await client.GetAsync($"/fhir/Patient/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = Assert.Single(await server.EventsAsync(clientId));
        Assert.Equal("rest", audit.Type.Code);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/audit-event-type", audit.Type.System);
        Assert.Equal("read", audit.Subtype.Single().Code);
        Assert.Equal("http://hl7.org/fhir/restful-interaction", audit.Subtype.Single().System);
        Assert.Equal(AuditEvent.AuditEventAction.R, audit.Action);
        Assert.Contains(audit.Entity, e => e.What?.Reference == $"Patient/{id}" && e.Role.Code == "4" && e.Type.Code == "2");
        Assert.Contains(audit.Entity, e => e.What?.Reference == $"Patient/{id}" && e.Role.Code == "1" && e.Type.Code == "1");
        Assert.Contains(audit.Agent, a => a.Type.Coding[0].Code == "110152" && a.Requestor == false);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_RecordsTheQueryAndThePatientsFound_WhenATypeIsSearched()
    {
        var clientId = AuditServerFixture.NewClientId();
        using var client = server.Client(clientId);

        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, "Patient?_count=3&gender=male");

        var audit = Assert.Single(await server.EventsAsync(clientId));
        Assert.Equal("search-type", audit.Subtype.Single().Code);
        Assert.Equal(AuditEvent.AuditEventAction.E, audit.Action);
        var query = Assert.Single(audit.Entity, e => e.Role?.Code == "24");
        Assert.Equal("_count=3&gender=male", Encoding.UTF8.GetString(query.Query));
        var found = bundle.Entry.Select(e => $"Patient/{e.Resource.Id}").ToHashSet();
        Assert.Equal(found, audit.Entity.Where(e => e.Role?.Code == "1").Select(e => e.What.Reference).OfType<string>().ToHashSet());
    }

    [Fact]
    public async System.Threading.Tasks.Task Forbidden_RecordsAMinorFailure_WhenTheScopesDoNotAllowTheSearch()
    {
        var clientId = AuditServerFixture.NewClientId();
        using var client = server.Client(clientId, scope: "system/Patient.rs");

        using var response = await client.GetAsync("/fhir/Claim?_count=1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var audit = Assert.Single(await server.EventsAsync(clientId));
        Assert.Equal(AuditEvent.AuditEventOutcome.N4, audit.Outcome);
        Assert.Equal("search-type", audit.Subtype.Single().Code);
        Assert.Contains("403", audit.OutcomeDesc, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task RefusedToken_RecordsALoginFailure_WhenTheTokenIsSignedByAStranger()
    {
        var clientId = AuditServerFixture.NewClientId();
        using var stranger = RSA.Create(2048);
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", server.Provider.Token(clientId: clientId, kid: "not-published", key: stranger));

        using var response = await client.GetAsync("/fhir/Patient");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var audit = Assert.Single(await server.EventsAsync(clientId, $"type={Dicom}|110114"));
        Assert.Equal("110114", audit.Type.Code);
        Assert.Equal(AuditEvent.AuditEventOutcome.N4, audit.Outcome);
        Assert.Contains("not verified", audit.OutcomeDesc, StringComparison.Ordinal);
        Assert.DoesNotContain(audit.Agent, a => a.Type.Coding[0].Code == "humanuser");
    }

    [Fact]
    public async System.Threading.Tasks.Task ExportKickoff_RecordsAnOperationEvent_WhenAnExportStarts()
    {
        var clientId = AuditServerFixture.NewClientId();
        using var client = server.Client(clientId);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/Patient/$export?_type=Patient");
        request.Headers.Add("Accept", "application/fhir+json");
        request.Headers.Add("Prefer", "respond-async");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var audit = Assert.Single(await server.EventsAsync(clientId, "subtype=operation"));
        Assert.Equal(AuditEvent.AuditEventAction.E, audit.Action);
        var entity = Assert.Single(audit.Entity, e => e.Role?.Code == "24");
        Assert.Equal("_type=Patient", Encoding.UTF8.GetString(entity.Query));
        Assert.Contains("$export", entity.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task ConcurrentReads_RecordExactlyOneEventEach_WhenEightClientsReadFiftyTimes()
    {
        const int Clients = 8, Reads = 50;
        var clientId = AuditServerFixture.NewClientId();
        var id = await server.PatientIdAsync();

        await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var client = server.Client(clientId);
            for (var i = 0; i < Reads; i++)
            {
                using var response = await client.GetAsync($"/fhir/Patient/{id}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));

        await server.FlushAsync();
        var total = await server.Auditor().SearchAsync<AuditEvent>([$"agent={clientId}", "subtype=read", "_summary=count"]);
        Assert.Equal(Clients * Reads, total!.Total);
        Assert.Equal(0, server.Factory.Services.GetRequiredService<AuditQueue>().Dropped);
    }

    [Fact]
    public async System.Threading.Tasks.Task Retention_DeletesOnlyEventsOlderThanTheRetention_WhenAPassRuns()
    {
        var oldClient = AuditServerFixture.NewClientId();
        var newClient = AuditServerFixture.NewClientId();
        var id = await server.PatientIdAsync();
        foreach (var clientId in new[] { oldClient, oldClient, newClient })
        {
            using var client = server.Client(clientId);
            using var response = await client.GetAsync($"/fhir/Patient/{id}");
        }

        await server.FlushAsync();
        await Sql.ExecuteAsync(server.ConnectionString,
            $"UPDATE fhir.audit_event SET recorded = now() - interval '400 days' WHERE agents LIKE '%|{oldClient}|%'");

        var deleted = await server.Factory.Services.GetRequiredService<AuditRetention>().RunAsync(CancellationToken.None);

        Assert.True(deleted >= 2);
        Assert.Empty(await server.EventsAsync(oldClient));
        Assert.Single(await server.EventsAsync(newClient));
    }
}
