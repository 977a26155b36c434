using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>AuditEvent served read-only: search by every declared parameter through FhirClient, read, $validate, 405, metadata.</summary>
public sealed class AuditEventApiTests(AuditServerFixture server) : IClassFixture<AuditServerFixture>
{
    public static TheoryData<string> Parameters =>
        ["agent", "entity", "patient", "action", "outcome", "type", "subtype", "_id", "date", "_lastUpdated"];

    [Theory]
    [MemberData(nameof(Parameters))]
    public async System.Threading.Tasks.Task Search_FindsTheEventAndOnlyMatchingOnes_ByEachParameter(string parameter)
    {
        var clientId = AuditServerFixture.NewClientId();
        var id = await server.PatientIdAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using (var client = server.Client(clientId))
        {
            using var response = await client.GetAsync($"/fhir/Patient/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var expected = Assert.Single(await server.EventsAsync(clientId));
        var (matching, other) = parameter switch
        {
            "agent" => ($"agent={clientId}", "agent=nobody-else"),
            "entity" => ($"entity=Patient/{id}", $"entity=Patient/{Guid.NewGuid()}"),
            "patient" => ($"patient=Patient/{id}", $"patient={Guid.NewGuid()}"),
            "action" => ("action=R", "action=D"),
            "outcome" => ("outcome=0", "outcome=8"),
            "type" => ("type=http://terminology.hl7.org/CodeSystem/audit-event-type|rest", "type=http://dicom.nema.org/resources/ontology/DCM|110114"),
            "subtype" => ("subtype=http://hl7.org/fhir/restful-interaction|read", "subtype=delete"),
            "_id" => ($"_id={expected.Id}", $"_id={Guid.NewGuid()}"),
            "date" => ($"date=ge{before.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}", $"date=lt{before.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}"),
            _ => ($"_lastUpdated=ge{before.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}", $"_lastUpdated=lt{before.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}"),
        };
        var auditor = server.Auditor();

        var found = await auditor.SearchAsync<AuditEvent>([matching, $"agent={clientId}"]);
        var none = await auditor.SearchAsync<AuditEvent>([other, $"agent={clientId}"]);

        Assert.Equal(expected.Id, Assert.Single(found!.Entry).Resource.Id);
        Assert.Empty(none!.Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_ReturnsNewestFirstPageByPage_WhenSortIsMinusDateAndCountIsOne()
    {
        var clientId = AuditServerFixture.NewClientId();
        using (var client = server.Client(clientId))
        {
            foreach (var path in new[] { "/fhir/Patient?_count=1", "/fhir/Group?_count=1", "/fhir/Location?_count=1" })
            {
                using var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        await server.FlushAsync();
        var auditor = server.Auditor();
        var page = await auditor.SearchAsync<AuditEvent>([$"agent={clientId}", "_sort=-date", "_count=1"]);
        var seen = new List<AuditEvent>();
        while (page is not null)
        {
            seen.AddRange(page.Entry.Select(e => e.Resource).OfType<AuditEvent>());
            page = await auditor.ContinueAsync(page);
        }

        Assert.Equal(3, seen.Count);
        Assert.Equal(["Location", "Group", "Patient"], seen.Select(e => e.Entity.Single(x => x.Role?.Code == "24").What.Display));
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Recorded >= p.Second.Recorded));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ReturnsAnEventTheServerValidatesWithoutErrors_WhenCheckedAgainstCoreAuditEvent()
    {
        var clientId = AuditServerFixture.NewClientId();
        var id = await server.PatientIdAsync();
        using (var client = server.Client(clientId))
        {
            using var response = await client.GetAsync($"/fhir/Patient/{id}");
        }

        var stored = Assert.Single(await server.EventsAsync(clientId));
        using var http = server.Client(AuditServerFixture.NewClientId());
        using var read = await http.GetAsync($"/fhir/AuditEvent/{stored.Id}");
        var parsed = await FhirHttp.ReadAsync<AuditEvent>(read);

        using var validation = await http.PostAsync("/fhir/AuditEvent/$validate?profile=http://hl7.org/fhir/StructureDefinition/AuditEvent", FhirHttp.Body(parsed));

        Assert.Equal(HttpStatusCode.OK, validation.StatusCode);
        var outcome = await FhirHttp.ReadAsync<OperationOutcome>(validation);
        Assert.DoesNotContain(outcome.Issue, i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
        Assert.Equal(stored.Id, parsed.Id);
    }

    [Theory]
    [InlineData("POST", "/fhir/AuditEvent")]
    [InlineData("PUT", "/fhir/AuditEvent/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/fhir/AuditEvent/00000000-0000-0000-0000-000000000001")]
    public async System.Threading.Tasks.Task Write_Answers405WithOutcome_WhenAuditEventIsWritten(string method, string path)
    {
        using var client = server.Client(AuditServerFixture.NewClientId());
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "DELETE")
        {
            request.Content = FhirHttp.Body(new AuditEvent
            {
                Id = "00000000-0000-0000-0000-000000000001",
                Type = new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest"),
                Recorded = DateTimeOffset.UtcNow,
                Agent = [new AuditEvent.AgentComponent { Requestor = true, Who = new ResourceReference { Display = "forger" } }],
                Source = new AuditEvent.SourceComponent { Observer = new ResourceReference { Display = "forger" } },
            });
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEmpty((await FhirHttp.OutcomeAsync(response)).Issue);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsAuditEventWithReadAndSearchOnly()
    {
        using var client = server.CreateClient();

        var capabilities = await FhirHttp.GetOkAsync<CapabilityStatement>(client, "metadata");

        var audit = capabilities.Rest[0].Resource.Single(r => r.Type == "AuditEvent");
        Assert.Equal(
            [CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType],
            audit.Interaction.Select(i => i.Code!.Value).Where(c => c != CapabilityStatement.TypeRestfulInteraction.Vread).Order());
        Assert.Contains(audit.SearchParam, p => p.Name == "patient");
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers403_WhenTheScopesDoNotCoverAuditEvent()
    {
        using var client = server.Client(AuditServerFixture.NewClientId(), scope: "system/Patient.rs");

        using var response = await client.GetAsync("/fhir/AuditEvent?_count=1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(OperationOutcome.IssueType.Forbidden, (await FhirHttp.OutcomeAsync(response)).Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchingAuditEvents_IsRecordedItself_WhenAnAuditorSearches()
    {
        var clientId = AuditServerFixture.NewClientId();
        using var client = server.Client(clientId);

        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, "AuditEvent?_count=1");

        var audit = Assert.Single(await server.EventsAsync(clientId));
        Assert.Equal("AuditEvent", audit.Entity.Single(e => e.Role.Code == "24").What.Display);
        Assert.NotNull(bundle);
    }
}
