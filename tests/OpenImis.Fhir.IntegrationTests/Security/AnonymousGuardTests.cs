using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security;

/// <summary>Mode none closes itself off the network unless told otherwise.</summary>
public sealed class AnonymousGuardTests
{
    [Fact]
    public void Start_Fails_WhenModeNoneListensBeyondLoopback()
    {
        using var factory = new FhirServerFactory("Host=127.0.0.1;Database=unused", new Dictionary<string, string?> { ["Urls"] = "http://0.0.0.0:8080" });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Auth:AllowAnonymousOnNetwork=true", error.GetBaseException().Message, StringComparison.Ordinal);
    }
}
