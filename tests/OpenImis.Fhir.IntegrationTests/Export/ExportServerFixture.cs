using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>The demo database, with files small enough that every type is cut into several chunks.</summary>
public sealed class ExportServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Jobs:ResourcesPerFile"] = "25",
        ["Jobs:RetryAfterSeconds"] = "1",
        ["Jobs:ExportDirectory"] = Path.Combine(Path.GetTempPath(), "openimis-export-tests", Guid.NewGuid().ToString("N")),
    };
}
