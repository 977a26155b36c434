using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Api;

/// <summary>
/// The demo database; subscriber endpoints on loopback over http allowed (the tests name endpoints nobody listens
/// on: nothing is delivered on this branch, the tests call the matcher themselves); a fast change detector.
/// </summary>
public sealed class SubscriptionApiFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Subscriptions:AllowHttp"] = "true",
        ["Subscriptions:Delivery:Enabled"] = "false", // the tests run the matcher themselves and deliver nothing
        ["Subscriptions:AllowPrivateEndpoints"] = "true",
        ["Subscriptions:DetectorInterval"] = "00:00:00.100",
        ["Subscriptions:DetectorOverlap"] = "00:00:00.050",
    };
}
