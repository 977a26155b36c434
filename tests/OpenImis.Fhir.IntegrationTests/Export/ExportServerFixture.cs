using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>The demo database, with files small enough that every type is cut into several chunks.</summary>
public sealed class ExportServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Jobs:ResourcesPerFile"] = "25",

        // The change detector's pass is a writing transaction: while one is open, transactionTime is held before
        // its start (correctly), which makes the tests' "a change just made is in this export" depend on timing.
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Jobs:RetryAfterSeconds"] = "1",
        ["Jobs:ExportDirectory"] = Path.Combine(Path.GetTempPath(), "openimis-export-tests", Guid.NewGuid().ToString("N")),
    };
}
