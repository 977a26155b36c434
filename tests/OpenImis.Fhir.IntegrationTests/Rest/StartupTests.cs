using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>Configuration errors stop the start-up with a message naming the culprit.</summary>
public sealed class StartupTests
{
    private static Exception StartWith(string key, string value)
    {
        var database = TestPostgres.CreateDatabaseAsync().GetAwaiter().GetResult();
        try
        {
            using var factory = new FhirServerFactory(database, new Dictionary<string, string?> { [key] = value });
            return Record.Exception(() => factory.Server);
        }
        finally
        {
            TestPostgres.DropDatabaseAsync(database).GetAwaiter().GetResult();
        }
    }

    [Fact]
    public void Start_FailsNamingModule_WhenModuleNameIsUnknown()
    {
        var error = StartWith("Fhir:Modules:Claims:Enabled", "true");
        Assert.Contains("'Claims'", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_FailsNamingDependency_WhenDependencyIsDisabled()
    {
        var error = StartWith("Fhir:Modules:Location:Enabled", "false");
        Assert.Contains("'Location'", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_FailsNamingSetting_WhenOptionsDoNotValidate()
    {
        var error = StartWith("Fhir:Search:DefaultCount", "0");
        Assert.Contains("Fhir:Search", error?.ToString(), StringComparison.Ordinal);
    }
}
