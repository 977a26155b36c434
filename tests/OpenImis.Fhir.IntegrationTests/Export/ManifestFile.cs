namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>One file of a manifest.</summary>
internal sealed record ManifestFile(string Type, Uri Url, int Count);
