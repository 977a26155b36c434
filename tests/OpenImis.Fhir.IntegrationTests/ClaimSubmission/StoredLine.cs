namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>A stored claim line: its rejection reason, status (1 passed, 2 rejected) and the product and policy assigned.</summary>
internal sealed record StoredLine(short RejectionReason, short Status, int? ProductId, int? PolicyId);
