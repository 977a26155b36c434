namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>What the submission wrote for a claim: tblClaim, its history copies, its tblClaimDedRem rows and its lines.</summary>
internal sealed record StoredClaim(short Status, short RejectionReason, decimal? Approved, string? Category, long HistoryRows, long DedRemRows, List<StoredLine> Lines);
