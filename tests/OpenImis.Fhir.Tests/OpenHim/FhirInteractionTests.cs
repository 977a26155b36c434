using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class FhirInteractionTests
{
    [Theory]
    [InlineData("GET", "/fhir/Patient/abc", "Patient", "read")]
    [InlineData("GET", "/fhir/Patient", "Patient", "search-type")]
    [InlineData("POST", "/fhir/Patient/_search", "Patient", "search-type")]
    [InlineData("POST", "/fhir/Claim", "Claim", "create")]
    [InlineData("PUT", "/fhir/Patient/abc", "Patient", "update")]
    [InlineData("DELETE", "/fhir/Patient/abc", "Patient", "delete")]
    [InlineData("GET", "/fhir/Patient/abc/_history/2", "Patient", "vread")]
    [InlineData("GET", "/fhir/Patient/abc/_history", "Patient", "history-instance")]
    [InlineData("POST", "/fhir/Patient/$validate", "Patient", "$validate")]
    [InlineData("POST", "/fhir", null, "batch")]
    [InlineData("GET", "/fhir/metadata", null, "capabilities")]
    public void Infer_ReadsTypeAndInteraction_WhenPathIsUnderBase(string method, string path, string? type, string interaction)
    {
        var (resourceType, inferred) = FhirInteraction.Infer(method, path, "/fhir");

        Assert.Equal((type, interaction), (resourceType, inferred));
    }

    [Fact]
    public void Infer_GivesNothing_WhenPathIsOutsideBase() =>
        Assert.Equal((null, null), FhirInteraction.Infer("GET", "/health", "/fhir"));
}
