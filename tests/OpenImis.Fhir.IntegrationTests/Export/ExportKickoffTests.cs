using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>Bulk Data kick-off: levels, methods, headers, parameter checks (EX-01 to EX-04) and the CapabilityStatement (EX-26).</summary>
public sealed class ExportKickoffTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    private async Task<string> FamilyIdAsync() =>
        (await Sql.StringsAsync(server.ConnectionString, """SELECT lower("FamilyUUID") FROM "tblFamilies" WHERE "ValidityTo" IS NULL ORDER BY "FamilyID" LIMIT 1"""))[0];

    [Theory]
    [InlineData("$export")]
    [InlineData("Patient/$export")]
    [InlineData("Group/{family}/$export")]
    public async System.Threading.Tasks.Task KickOff_Answers202WithAbsoluteContentLocation_EX01(string path)
    {
        var location = await Client.KickOffAsync(path.Replace("{family}", await FamilyIdAsync(), StringComparison.Ordinal));
        Assert.StartsWith("http://localhost/fhir/", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_GivesTheSameResources_WhenGetOrPost_EX01()
    {
        var viaGet = await Client.DownloadAsync(await Client.ExportAsync("$export?_type=Patient,Group"));
        var body = new Parameters();
        body.Add("_type", new FhirString("Patient"));
        body.Add("_type", new FhirString("Group"));
        var viaPost = await Client.DownloadAsync(await Client.ExportAsync("$export", body));
        Assert.Equal(Keys(viaGet), Keys(viaPost));
        Assert.NotEmpty(viaGet);
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_AssumesAsync_WhenPreferAndAcceptAreMissing_EX02()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/$export");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_Answers400_WhenAcceptIsXml_EX02()
    {
        using var response = await Client.SendKickOffAsync("$export", accept: "application/xml");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        // The error follows the Accept header the client sent.
        var outcome = new FhirXmlDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync());
        Assert.IsType<OperationOutcome>(outcome);
    }

    [Theory]
    [InlineData("$export?_type=Unknown", "_type")]
    [InlineData("$export?_since=yesterday", "_since")]
    [InlineData("$export?_outputFormat=text/csv", "_outputFormat")]
    [InlineData("$export?patient=Patient/x", "patient")]
    [InlineData("$export?_typeFilter=Patient%3F_include%3DPatient:link", "_typeFilter")]
    [InlineData("$export?_elements=id", "_elements")]
    [InlineData("$export?includeAssociatedData=LatestProvenanceResources", "includeAssociatedData")]
    public async System.Threading.Tasks.Task KickOff_Answers400NamingTheParameter_WhenInvalid_EX03(string path, string parameter)
    {
        using var response = await Client.SendKickOffAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Contains(parameter, outcome.Issue[0].Diagnostics ?? outcome.Issue[0].Details?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_ReportsEachIgnoredParameterInError_WhenLenient_EX03()
    {
        var status = await Client.KickOffAsync("$export?_type=Patient,Unknown&_elements=id&patient=Patient/x", prefer: "respond-async, handling=lenient");
        var manifest = await Client.WaitAsync(status);
        var errors = await Client.DownloadAsync(manifest, "error");
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.IsType<OperationOutcome>(e));
        Assert.All(await Client.DownloadAsync(manifest), r => Assert.IsType<Patient>(r));
    }

    [Theory]
    [InlineData("application/fhir+ndjson")]
    [InlineData("application/ndjson")]
    [InlineData("ndjson")]
    public async System.Threading.Tasks.Task KickOff_AcceptsEveryNdjsonAlias_ThenCancels_EX04(string format)
    {
        var status = await Client.KickOffAsync("$export?_outputFormat=" + Uri.EscapeDataString(format));
        Assert.Equal(HttpStatusCode.Accepted, await Client.CancelAsync(status));
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_InstantiatesBulkDataAndNamesTheThreeOperations_EX26()
    {
        var statement = await FhirHttp.GetOkAsync<CapabilityStatement>(_http, "metadata");
        const string Ig = "http://hl7.org/fhir/uv/bulkdata/";
        Assert.Contains(Ig + "CapabilityStatement/bulk-data", statement.Instantiates);
        var rest = statement.Rest[0];
        Assert.Contains(rest.Operation, o => o.Name == "export" && o.Definition == Ig + "OperationDefinition/export");
        Assert.Contains(rest.Resource.Single(r => r.Type == "Patient").Operation, o => o.Name == "export" && o.Definition == Ig + "OperationDefinition/patient-export");
        Assert.Contains(rest.Resource.Single(r => r.Type == "Group").Operation, o => o.Name == "export" && o.Definition == Ig + "OperationDefinition/group-export");
    }

    private static List<string> Keys(IEnumerable<Resource> resources) =>
        resources.Select(r => $"{r.TypeName}/{r.Id}/{r.Meta.VersionId}").Order(StringComparer.Ordinal).ToList();
}
