using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Terminology;

/// <summary>The demo server reading the lookup tables on every use, so a test sees a change it makes to a table.</summary>
public sealed class LiveTerminologyFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Fhir:Terminology:RefreshSeconds"] = "0",
    };
}
