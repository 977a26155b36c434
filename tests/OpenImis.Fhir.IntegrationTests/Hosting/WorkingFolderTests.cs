using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hosting;

/// <summary>Started from another working folder, the server reads its own settings and keeps its files beside itself.</summary>
public sealed class WorkingFolderTests(ServerProcessFixture server) : IClassFixture<ServerProcessFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Start_SeedsDemoData_WhenStartedFromAnotherFolder()
    {
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        var bundle = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync("/fhir/Patient?_summary=count"));
        Assert.True(bundle.Total > 0, $"No demo patient; the log:{Environment.NewLine}{server.Log}");
    }

    [Fact]
    public void Start_LogsNoSqlAtInformation_WhenStartedFromAnotherFolder()
    {
        Assert.DoesNotContain("Executed DbCommand", server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UsesServerFolderAsContentRoot_WhenStartedFromAnotherFolder()
    {
        Assert.Contains($"Content root path: {RepositoryPaths.ServerOutput}", server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PlacesRelativeSqliteFileBesideServer_WhenStartedFromAnotherFolder()
    {
        Assert.Equal(
            (true, false),
            (File.Exists(Path.Combine(RepositoryPaths.ServerOutput, server.DatabaseFile)), File.Exists(Path.Combine(server.WorkingFolder, server.DatabaseFile))));
    }
}
