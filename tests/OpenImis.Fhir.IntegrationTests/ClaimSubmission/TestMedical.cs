namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>An item or service a test created.</summary>
internal sealed record TestMedical(int Id, string Uuid, string Code, bool IsService);
