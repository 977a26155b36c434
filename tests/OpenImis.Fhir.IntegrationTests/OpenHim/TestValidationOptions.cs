namespace OpenImis.Fhir.IntegrationTests.OpenHim;

internal sealed class TestValidationOptions
{
    public string? Mode { get; set; }
}
