using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Engine.EngineClient;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>Batch entries are refused one by one; a transaction with one refused entry is refused whole.</summary>
public sealed class BundleScopeTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Batch_Answers403InTheDeniedEntryOnly_WhenOneTypeIsNotAllowed()
    {
        using var client = server.Client("system/Patient.rs");
        var (status, body) = await PostBundleAsync(client, new Bundle
        {
            Type = Bundle.BundleType.Batch,
            Entry = [Entry(Bundle.HTTPVerb.GET, "Patient?_count=1"), Entry(Bundle.HTTPVerb.GET, "Claim?_count=1")],
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var response = Assert.IsType<Bundle>(body);
        Assert.Equal(("200", "403"), (response.Entry[0].Response.Status[..3], response.Entry[1].Response.Status[..3]));
        Assert.Equal(OperationOutcome.IssueType.Forbidden, ((OperationOutcome)response.Entry[1].Response.Outcome).Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_IsRefusedWholeAndWritesNothing_WhenOneEntryIsNotAllowed()
    {
        using var client = server.Client("system/Patient.c");
        var family = "TxScope" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await PostBundleAsync(client, new Bundle
        {
            Type = Bundle.BundleType.Transaction,
            Entry = [Entry(Bundle.HTTPVerb.POST, "Patient", Fixtures.Patient(family)), Entry(Bundle.HTTPVerb.DELETE, $"Group/{Guid.NewGuid()}")],
        });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(Assert.IsType<OperationOutcome>(body).Issue, i => i.Expression.Contains("Bundle.entry[1]"));
        Assert.Equal(0, await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) FROM \"tblInsuree\" WHERE \"LastName\" = '{family}'"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_Runs_WhenEveryEntryIsAllowed()
    {
        using var client = server.Client("system/Patient.c");
        var family = "TxScopeOk" + Guid.NewGuid().ToString("N")[..8];
        var (status, _) = await PostBundleAsync(client, new Bundle
        {
            Type = Bundle.BundleType.Transaction,
            Entry = [Entry(Bundle.HTTPVerb.POST, "Patient", Fixtures.Patient(family))],
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) FROM \"tblInsuree\" WHERE \"LastName\" = '{family}'"));
    }
}
