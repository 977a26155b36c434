namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>The delivery server without demo data (the outage and isolation tests need no resources).</summary>
public sealed class OutageServerFixture : DeliveryServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => DeliverySettings(seed: false);
}
