using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>The real server over its own PostgreSQL database, answering routed requests in the mediator format.</summary>
public sealed class MediatorServerFixture : ServerFixture
{
    /// <summary>The OpenHIM router's address, as an admin would set it: absolute URLs must use it.</summary>
    public const string PublicBaseUrl = "https://him.example.org:5000/fhir";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenHim:MediatorResponses"] = "true",
        ["Database:SeedDemoData"] = "true",
        ["Fhir:BaseUrl"] = PublicBaseUrl,
    };
}
