namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>Stands in for the platform's options bound to the Fhir section, to observe live config.</summary>
internal sealed class TestFhirOptions
{
    public string? BaseUrl { get; set; }

    public TestValidationOptions Validation { get; set; } = new();
}
