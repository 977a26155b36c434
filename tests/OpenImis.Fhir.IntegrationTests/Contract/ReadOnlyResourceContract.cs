using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Contract;

/// <summary>
/// The story of a type (or source) openIMIS lets this server only read, over real HTTP with the Firely client:
/// read, vread of every version its history lists, search by <c>_id</c>, instance history, upper-case ids and XML,
/// every emitted resource checked against its profile; create, update and delete answer 405 with an
/// OperationOutcome. A derived class names an existing resource and its profile.
/// </summary>
public abstract class ReadOnlyResourceContract<TResource>(ContractServer server)
    where TResource : Resource, new()
{
    protected ContractServer Server { get; } = server;

    protected static string Type => ModelInfo.GetFhirTypeNameForType(typeof(TResource))!;

    /// <summary>The id of a resource the server holds (demo data or configuration).</summary>
    protected abstract Task<string> ExistingIdAsync(FhirClient client);

    /// <summary>For a type fed by several sources: the profile of the source under test (one of the supported ones).</summary>
    protected virtual string? SourceProfile => null;

    private async Task<(TResource Read, string Profile)> ReadAsync(FhirClient client)
    {
        var profile = await Server.ProfileAsync(Type, SourceProfile);
        var read = await client.ReadAsync<TResource>($"{Type}/{await ExistingIdAsync(client)}");
        ContractServer.AssertConforms(read!, profile);
        return (read!, profile);
    }

    private static long Version(Resource resource) => long.Parse(resource.Meta!.VersionId, CultureInfo.InvariantCulture);

    [Fact]
    public async System.Threading.Tasks.Task Read_AnswersWithETagOfItsVersion_WhenResourceExists()
    {
        using var client = Server.Client();
        var (read, _) = await ReadAsync(client);

        Assert.StartsWith("200", client.LastResult!.Status, StringComparison.Ordinal);
        Assert.Equal($"W/\"{read.Meta!.VersionId}\"", client.LastResult.Etag);
    }

    [Fact]
    public async System.Threading.Tasks.Task Vread_ReturnsEachVersionAsHistoryListsIt_WhenResourceExists()
    {
        using var client = Server.Client();
        var (read, profile) = await ReadAsync(client);

        var history = await client.HistoryAsync($"{Type}/{read.Id}");

        Assert.Equal(Bundle.BundleType.History, history!.Type);
        Assert.Equal(read.Meta!.VersionId, history.Entry[0].Resource!.Meta!.VersionId);
        Assert.True(read.IsExactly(history.Entry[0].Resource), $"The newest history entry of {Type}/{read.Id} differs from read.");
        var versions = history.Entry.Select(e => Version(e.Resource!)).ToList();
        Assert.Equal(versions.OrderDescending(), versions);
        foreach (var entry in history.Entry)
        {
            ContractServer.AssertConforms(entry.Resource!, profile);
            var version = await client.ReadAsync<TResource>($"{Type}/{read.Id}/_history/{entry.Resource!.Meta!.VersionId}");
            Assert.True(version!.IsExactly(entry.Resource), $"vread {entry.Resource.Meta.VersionId} differs: {ContractServer.Json(version)} vs {ContractServer.Json(entry.Resource)}");
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsExactlyTheResource_WhenIdIsGiven()
    {
        using var client = Server.Client();
        var (read, profile) = await ReadAsync(client);

        var bundle = await client.SearchByIdAsync<TResource>(read.Id);

        var found = Assert.Single(bundle!.Entry).Resource!;
        ContractServer.AssertConforms(found, profile);
        Assert.True(found.IsExactly(read), $"{Type}?_id={read.Id} finds a different resource.");
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ReturnsTheSameResource_WhenIdIsUpperCase()
    {
        using var client = Server.Client();
        var (read, _) = await ReadAsync(client);

        var upper = await client.ReadAsync<TResource>($"{Type}/{read.Id.ToUpperInvariant()}");

        Assert.True(upper!.IsExactly(read), $"{Type}/{read.Id.ToUpperInvariant()} reads differently.");
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ParsesToTheJsonResource_WhenReadAsXml()
    {
        using var client = Server.Client();
        var (read, profile) = await ReadAsync(client);

        var asXml = await Server.ReadXmlAsync<TResource>($"{Type}/{read.Id}");

        ContractServer.AssertConforms(asXml, profile);
        Assert.True(asXml.IsExactly(read), $"{Type}/{read.Id} differs between XML and JSON.");
    }

    [Fact]
    public async System.Threading.Tasks.Task CreateUpdateAndDelete_Answer405WithOperationOutcome_WhenTypeIsReadOnly()
    {
        using var client = Server.Client();
        var (read, _) = await ReadAsync(client);
        var copy = (TResource)read.DeepCopy();
        copy.Id = null;

        using var http = Server.Http();
        using var create = new HttpRequestMessage(HttpMethod.Post, $"/fhir/{Type}") { Content = FhirHttp.Body(copy) };
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/fhir/{Type}/{read.Id}") { Content = FhirHttp.Body(read) };
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/fhir/{Type}/{read.Id}");
        foreach (var request in new[] { create, update, delete })
        {
            var response = await http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}.");
            Assert.NotEmpty((await FhirHttp.OutcomeAsync(response)).Issue);
        }

        Assert.True((await client.ReadAsync<TResource>($"{Type}/{read.Id}"))!.IsExactly(read), $"{Type}/{read.Id} changed.");
    }
}
