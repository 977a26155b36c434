using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>The demo database, with a change detector that polls every 100 ms and re-reads 50 ms behind the watermark.</summary>
public sealed class ChangeEventServerFixture : ServerFixture
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Subscriptions:DetectorInterval"] = "00:00:00.100",
        ["Subscriptions:DetectorOverlap"] = "00:00:00.050",
    };
}
