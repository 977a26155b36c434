namespace OpenImis.Fhir.Core.Formatting;

/// <summary>The wire formats.</summary>
public enum FhirFormat
{
    /// <summary>application/fhir+json</summary>
    Json,
    /// <summary>application/fhir+xml</summary>
    Xml,
}
