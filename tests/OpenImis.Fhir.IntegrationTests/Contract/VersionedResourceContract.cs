using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace OpenImis.Fhir.IntegrationTests.Contract;

/// <summary>
/// The standard story of a writable, versioned resource type, over real HTTP with the Firely client: create, read,
/// vread, update, history, delete, If-Match, upper-case ids and XML, every emitted resource checked against the
/// profile the CapabilityStatement declares. A derived class says how to make a valid resource and how to change it.
/// </summary>
public abstract class VersionedResourceContract<TResource>(ContractServer server)
    where TResource : Resource, new()
{
    protected ContractServer Server { get; } = server;

    protected static string Type => ModelInfo.GetFhirTypeNameForType(typeof(TResource))!;

    /// <summary>A valid resource not yet on the server; it may first create the resources it refers to.</summary>
    protected abstract Task<TResource> NewAsync(FhirClient client);

    /// <summary>Changes something the server stores, so that the next version differs in content.</summary>
    protected abstract void Change(TResource resource);

    /// <summary>Puts a new resource on the server; a type created through another (a role with its person) overrides it.</summary>
    protected virtual async Task<TResource> CreateNewAsync(FhirClient client) => (await client.CreateAsync(await NewAsync(client)))!;

    /// <summary>For a type fed by several sources: the profile of the source under test (one of the supported ones).</summary>
    protected virtual string? SourceProfile => null;

    protected async Task<(TResource Created, string Profile)> CreateAsync(FhirClient client)
    {
        var profile = await Server.ProfileAsync(Type, SourceProfile);
        var created = await CreateNewAsync(client);
        ContractServer.AssertConforms(created, profile);
        return (created, profile);
    }

    protected async Task<TResource> UpdateAsync(FhirClient client, TResource resource, string profile)
    {
        var copy = (TResource)resource.DeepCopy();
        Change(copy);
        var updated = await client.UpdateAsync(copy);
        ContractServer.AssertConforms(updated!, profile);
        return updated!;
    }

    private static long Version(Resource resource) => long.Parse(resource.Meta!.VersionId, CultureInfo.InvariantCulture);

    [Fact]
    public virtual async System.Threading.Tasks.Task Create_Answers201WithLocationETagAndProfile_WhenResourceIsValid()
    {
        using var client = Server.Client();
        var (created, _) = await CreateAsync(client);

        var result = client.LastResult!;
        Assert.StartsWith("201", result.Status, StringComparison.Ordinal);
        Assert.Equal($"{ContractServer.Base}/{Type}/{created.Id}/_history/{created.Meta!.VersionId}", result.Location);
        Assert.Equal($"W/\"{created.Meta.VersionId}\"", result.Etag);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ReturnsWhatCreateReturned_WhenResourceWasCreated()
    {
        using var client = Server.Client();
        var (created, profile) = await CreateAsync(client);

        var read = await client.ReadAsync<TResource>($"{Type}/{created.Id}");

        ContractServer.AssertConforms(read!, profile);
        Assert.True(read!.IsExactly(created), $"{Type}/{created.Id} reads differently from what create returned.");
    }

    [Fact]
    public virtual async System.Threading.Tasks.Task Update_AddsAStrictlyNewerVersionAndKeepsTheOldOne_WhenResourceChanges()
    {
        using var client = Server.Client();
        var (created, profile) = await CreateAsync(client);

        var second = await UpdateAsync(client, created, profile);
        var third = await UpdateAsync(client, second, profile);

        Assert.Equal(created.Id, third.Id);
        Assert.True(Version(created) < Version(second) && Version(second) < Version(third), "Versions must strictly increase.");
        Assert.False(ContractServer.WithoutMeta(second).IsExactly(ContractServer.WithoutMeta(created)), "The update changed nothing stored.");
        foreach (var version in new[] { created, second, third })
        {
            var read = await client.ReadAsync<TResource>($"{Type}/{created.Id}/_history/{version.Meta!.VersionId}");
            ContractServer.AssertConforms(read!, profile);
            Assert.True(ContractServer.WithoutMeta(read!).IsExactly(ContractServer.WithoutMeta(version)), $"vread {version.Meta.VersionId} differs: {ContractServer.Json(read!)} vs {ContractServer.Json(version)}");
        }
    }

    [Fact]
    public virtual async System.Threading.Tasks.Task History_ListsEveryVersionNewestFirst_WhenResourceWasUpdatedTwice()
    {
        using var client = Server.Client();
        var (created, profile) = await CreateAsync(client);
        var second = await UpdateAsync(client, created, profile);
        var third = await UpdateAsync(client, second, profile);

        var history = await client.HistoryAsync($"{Type}/{created.Id}");

        Assert.Equal(Bundle.BundleType.History, history!.Type);
        Assert.Equal([third.Meta!.VersionId, second.Meta!.VersionId, created.Meta!.VersionId], history.Entry.Select(e => e.Resource!.Meta!.VersionId));
        Assert.Equal([Bundle.HTTPVerb.PUT, Bundle.HTTPVerb.PUT, Bundle.HTTPVerb.POST], history.Entry.Select(e => e.Request.Method!.Value));
        Assert.All(history.Entry, e => ContractServer.AssertConforms(e.Resource!, profile));
    }

    [Fact]
    public virtual async System.Threading.Tasks.Task Delete_MakesReadAndVreadOfTheDeletionAnswer410_WhenResourceExists()
    {
        using var client = Server.Client();
        var (created, _) = await CreateAsync(client);

        await client.DeleteAsync($"{Type}/{created.Id}");

        Assert.Equal(HttpStatusCode.Gone, await ContractServer.FailureAsync(() => client.ReadAsync<TResource>($"{Type}/{created.Id}")));
        var history = await client.HistoryAsync($"{Type}/{created.Id}");
        Assert.Equal(Bundle.HTTPVerb.DELETE, history!.Entry[0].Request.Method);
        var deletion = Core.Rest.VersionIds.FromETag(history.Entry[0].Response.Etag);
        Assert.Equal(HttpStatusCode.Gone, await ContractServer.FailureAsync(() => client.ReadAsync<TResource>($"{Type}/{created.Id}/_history/{deletion}")));
        var old = await client.ReadAsync<TResource>($"{Type}/{created.Id}/_history/{created.Meta!.VersionId}");
        Assert.Equal(created.Id, old!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task UpdateAndDelete_Answer412_WhenIfMatchIsStale()
    {
        using var client = Server.Client();
        var (created, profile) = await CreateAsync(client);
        await UpdateAsync(client, created, profile);

        Change(created);
        Assert.Equal(HttpStatusCode.PreconditionFailed, await ContractServer.FailureAsync(() => client.UpdateAsync(created, versionAware: true)));

        using var http = Server.Http();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/fhir/{Type}/{created.Id}");
        delete.Headers.TryAddWithoutValidation("If-Match", $"W/\"{created.Meta!.VersionId}\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await http.SendAsync(delete)).StatusCode);
        Assert.NotNull(await client.ReadAsync<TResource>($"{Type}/{created.Id}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ReturnsTheSameResource_WhenIdIsUpperCase()
    {
        using var client = Server.Client();
        var (created, _) = await CreateAsync(client);

        var read = await client.ReadAsync<TResource>($"{Type}/{created.Id.ToUpperInvariant()}");

        Assert.True(read!.IsExactly(created), $"{Type}/{created.Id.ToUpperInvariant()} reads differently.");
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ParsesToTheJsonResource_WhenReadAsXml()
    {
        using var client = Server.Client();
        var (created, profile) = await CreateAsync(client);

        var asXml = await Server.ReadXmlAsync<TResource>($"{Type}/{created.Id}");
        var asJson = await client.ReadAsync<TResource>($"{Type}/{created.Id}");

        ContractServer.AssertConforms(asXml, profile);
        Assert.True(asXml.IsExactly(asJson!), $"{Type}/{created.Id} differs between XML and JSON.");
    }
}
