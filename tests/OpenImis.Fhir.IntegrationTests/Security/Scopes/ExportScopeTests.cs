using System.Net;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>Export (EX-17): the types exported are those the token may read; status and files belong to the kick-off's client.</summary>
public sealed class ExportScopeTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private const string Readable = "system/Patient.r system/Group.r";

    private static string JobId(Uri status) => status.Segments[^1];

    [Fact]
    public async System.Threading.Tasks.Task KickOff_ExportsOnlyTypesTheTokenMayRead_WhenNoTypeIsAsked()
    {
        using var client = server.Client(Readable, clientId: "exporter-a");
        var bulk = new BulkClient(client);
        var manifest = await bulk.WaitAsync(await bulk.KickOffAsync("$export"));

        Assert.Equal(["Group", "Patient"], manifest.Files("output").Select(f => f.Type).Distinct().Order());
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_StoresTheCallerOnTheJob_ForItsJobsToEnforce()
    {
        using var client = server.Client(Readable, clientId: "exporter-b");
        var status = await new BulkClient(client).KickOffAsync("$export");

        var stored = await Sql.StringsAsync(server.ConnectionString,
            $"SELECT caller_client_id || ' ' || caller_scopes FROM fhir.export_job WHERE replace(id::text, '-', '') = '{JobId(status)}'");
        Assert.Equal("exporter-b system/Group.r system/Patient.r", Assert.Single(stored));
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_Answers403_WhenTypeAskedIsNotReadable()
    {
        using var client = server.Client(Readable);
        using var response = await new BulkClient(client).SendKickOffAsync("$export?_type=Patient,Claim");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Hl7.Fhir.Model.OperationOutcome.IssueType.Forbidden, (await FhirHttp.OutcomeAsync(response)).Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_Answers403_WhenTokenMayReadNoExportedType()
    {
        using var client = server.Client("system/Claim.s");
        using var response = await new BulkClient(client).SendKickOffAsync("Patient/$export");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task StatusAndFiles_Answer404_WhenAnotherClientAsks()
    {
        using var owner = server.Client(Readable, clientId: "owner");
        using var stranger = server.Client("system/*.cruds", clientId: "stranger");
        var bulk = new BulkClient(owner);
        var status = await bulk.KickOffAsync("$export?_type=Patient");
        var manifest = await bulk.WaitAsync(status);
        var file = manifest.Files("output")[0].Url;

        using var strangerStatus = await stranger.GetAsync(status);
        using var strangerFile = await stranger.GetAsync(file);
        using var strangerCancel = await stranger.DeleteAsync(status);
        using var ownerFile = await owner.GetAsync(file);
        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK),
            (strangerStatus.StatusCode, strangerFile.StatusCode, strangerCancel.StatusCode, ownerFile.StatusCode));
    }
}
