namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>A server whose fresh database was created and seeded with the demo dataset at start-up.</summary>
public sealed class DemoServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Fhir:MaxBodyBytes"] = "65536",
    };
}
