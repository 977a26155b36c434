using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>The demo database, with files small enough that every type is cut into several chunks.</summary>
public class ExportServerFixture : ServerFixture
{
    /// <summary>Where this server writes its export files.</summary>
    public string ExportDirectory { get; } = Path.Combine(Path.GetTempPath(), "openimis-export-tests", Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(BaseSettings);
            foreach (var (key, value) in ExtraSettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    private Dictionary<string, string?> BaseSettings => new()
    {
        ["Database:SeedDemoData"] = "true",
        ["Jobs:ResourcesPerFile"] = "25",

        // The change detector's pass is a writing transaction: while one is open, transactionTime is held before
        // its start (correctly), which makes the tests' "a change just made is in this export" depend on timing.
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Jobs:RetryAfterSeconds"] = "1",
        ["Jobs:ExportDirectory"] = ExportDirectory,
        ["Jobs:CleanupIntervalSeconds"] = "1",
    };

    /// <summary>
    /// The settings of a fixture that differs. This one lifts the per-client limits: its test classes leave exports
    /// running (a kick-off test does not wait), and every request comes from the same anonymous client.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Jobs:MaxExportsPerClient"] = "1000",
        ["Jobs:MaxConcurrentExports"] = "1000",
    };
}
