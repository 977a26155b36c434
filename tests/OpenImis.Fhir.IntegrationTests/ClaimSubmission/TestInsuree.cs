namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>A demo insuree a test took for itself.</summary>
internal sealed record TestInsuree(int Id, string Uuid, string ChfId);
