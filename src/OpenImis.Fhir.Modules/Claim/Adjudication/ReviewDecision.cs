namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// A reviewer's decision on one line: rejected with a reason (adjudication category 1), or approved with a
/// quantity and unit price (category 4). <see cref="Line"/> is the index in ClaimResponse order (items, then services).
/// </summary>
internal sealed record ReviewDecision(int Line, bool Rejected, short Reason, decimal? Quantity, decimal? UnitPrice, string? Justification);
