using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>Configuration errors stop the start-up with a message naming the culprit.</summary>
public sealed class StartupTests
{
    // The server's entry point, not WebApplicationFactory: see EntryPoint for the race the factory has with a host
    // that fails to start.
    private static async Task<Exception?> StartWithAsync(string key, string value)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            string[] args =
            [
                "--Database:Provider=PostgreSql", $"--Database:ConnectionString={database}", "--Urls=http://127.0.0.1:0", $"--{key}={value}",
            ];
            return await EntryPoint.RunAsync(args, TimeSpan.FromMinutes(1));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task Start_FailsNamingModule_WhenModuleNameIsUnknown()
    {
        var error = await StartWithAsync("Fhir:Modules:Claims:Enabled", "true");
        Assert.Contains("'Claims'", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsNamingDependency_WhenDependencyIsDisabled()
    {
        var error = await StartWithAsync("Fhir:Modules:Location:Enabled", "false");
        Assert.Contains("'Location'", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsNamingSetting_WhenOptionsDoNotValidate()
    {
        var error = await StartWithAsync("Fhir:Search:DefaultCount", "0");
        Assert.Contains("Fhir:Search", error?.ToString(), StringComparison.Ordinal);
    }
}
