using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Server.Audit;

namespace OpenImis.Fhir.Tests.Audit;

public sealed class AuditEventBuilderTests
{
    private static readonly AuditEventBuilder Builder = new("fhir-1", "district-hq");

    [Fact]
    public void Build_NamesClientUserAndServerAgents_WhenTheTokenMapsToAUser()
    {
        var audit = Builder.Build(Entry("read", "/fhir/Patient/p1", caller: new FhirCaller { ClientId = "lab", UserName = "Admin", OpenImisUserId = 7 }));

        var client = audit.Agent.Single(a => a.Type.Coding[0].Code == "110153");
        Assert.Equal(("lab", true, "10.0.0.9"), (client.Who.Identifier.Value, client.Requestor!.Value, client.Network.Address));
        var user = audit.Agent.Single(a => a.Type.Coding[0].Code == "humanuser");
        Assert.Equal(("Admin", "7"), (user.Who.Identifier.Value, user.AltId));
        var server = audit.Agent.Single(a => a.Type.Coding[0].Code == "110152");
        Assert.Equal(("fhir-1", false, "http://x/fhir"), (server.Who.Identifier.Value, server.Requestor!.Value, server.Network.Address));
        Assert.Equal(("fhir-1", "district-hq", "4"), (audit.Source.Observer.Identifier.Value, audit.Source.Site, audit.Source.Type[0].Code));
    }

    [Fact]
    public void Build_HasNoUserAgent_WhenTheCallerIsASystem()
    {
        var audit = Builder.Build(Entry("read", "/fhir/Patient/p1", caller: new FhirCaller { ClientId = "lab" }));

        Assert.Equal(2, audit.Agent.Count);
    }

    [Fact]
    public void Build_AddsThePatientOfAClaim_WhenAClaimIsRead()
    {
        var claim = new Claim { Id = "c1", Patient = new ResourceReference("Patient/p9") };

        var audit = Builder.Build(Entry("read", "/fhir/Claim/c1", result: new InteractionResult(HttpStatusCode.OK, claim, claim)));

        Assert.Contains(audit.Entity, e => e.What.Reference == "Claim/c1" && e.Role.Code == "4");
        Assert.Contains(audit.Entity, e => e.What.Reference == "Patient/p9" && e.Role.Code == "1" && e.Type.Code == "1");
    }

    [Fact]
    public void Build_AddsTheQueryAndEachPatientOnce_WhenASearchFindsSeveral()
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Coverage { Id = "v1", Beneficiary = new ResourceReference("Patient/a") } });
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Coverage { Id = "v2", Beneficiary = new ResourceReference("http://x/fhir/Patient/b") } });
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Patient { Id = "a" } });

        var audit = Builder.Build(Entry("search-type", "/fhir/Coverage", query: "beneficiary:missing=false", result: new InteractionResult(HttpStatusCode.OK, bundle)));

        var query = audit.Entity.Single(e => e.Role.Code == "24");
        Assert.Equal("beneficiary:missing=false", Encoding.UTF8.GetString(query.Query));
        Assert.Equal(["Patient/a", "Patient/b"], audit.Entity.Where(e => e.Role.Code == "1").Select(e => e.What.Reference));
    }

    [Fact]
    public void Build_TakesTheCreatedResource_WhenTheUrlHasNoId()
    {
        var created = new Patient { Id = "new1" };

        var audit = Builder.Build(Entry("create", "/fhir/Patient", method: "POST", result: new InteractionResult(HttpStatusCode.Created, created, created)));

        Assert.Equal(AuditEvent.AuditEventAction.C, audit.Action);
        Assert.Contains(audit.Entity, e => e.What.Reference == "Patient/new1" && e.Role.Code == "4");
    }

    [Fact]
    public void Build_DescribesTheClaimedClient_WhenALoginIsRefused()
    {
        var entry = Entry("read", "/fhir/Patient/p1") with { Interaction = AuditInteraction.Login, Status = 401, ClaimedClient = "mallory" };

        var audit = Builder.Build(entry);

        Assert.Equal(("110114", AuditEvent.AuditEventOutcome.N4), (audit.Type.Code, audit.Outcome!.Value));
        Assert.Equal("mallory", audit.Agent[0].Who.Identifier.Value);
        Assert.Contains("not verified", audit.OutcomeDesc, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_StoresTheSearchColumns_BetweenBars()
    {
        var claim = new Claim { Id = "c1", Patient = new ResourceReference("Patient/p9") };
        var audit = Builder.Build(Entry("read", "/fhir/Claim/c1", caller: new FhirCaller { ClientId = "lab", UserName = "Admin" }, result: claim));

        var record = AuditEventBuilder.Record(audit, "{}", DateTime.UtcNow);

        Assert.Equal(("|lab|Admin|fhir-1|", "|Claim/c1|Patient/p9|", "|Patient/p9|"), (record.Agents, record.Entities, record.Patients));
        Assert.Equal(("R", "0", "read", "rest"), (record.Action, record.Outcome, record.Subtype, record.TypeCode));
    }

    private static AuditEntry Entry(string interaction, string path, string method = "GET", FhirCaller? caller = null, string? query = null, object? result = null) => new()
    {
        Id = Guid.NewGuid(),
        Recorded = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc),
        Interaction = AuditInteraction.Classify(interaction, method),
        Status = 200,
        Method = method,
        Path = path,
        Query = query,
        Caller = caller,
        Address = "10.0.0.9",
        BaseUrl = "http://x/fhir",
        ResourceType = path.Split('/')[2],
        Result = result,
    };
}
