using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Search;

/// <summary>The demo dataset over PostgreSQL, with a small include bound so that the tests can reach it.</summary>
public sealed class ReferenceSearchFixture : ServerFixture
{
    public const int MaxIncludes = 30;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Fhir:Search:MaxIncludes"] = MaxIncludes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal SearchDatabase Database => new(ConnectionString);
}
