using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>The real server over its own PostgreSQL database, answering routed requests in the mediator format.</summary>
public sealed class MediatorServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenHim:MediatorResponses"] = "true",
    };
}
