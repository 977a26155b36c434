namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// A policy's share of a claim after valuation: per line, and the totals booked in <c>tblClaimDedRem</c>
/// (<see cref="Remunerated"/> leaves out the lines excluded from the ceiling, as openIMIS does).
/// </summary>
internal sealed record ValuationResult(IReadOnlyList<LineValuation> Lines, decimal Deducted, decimal Remunerated, decimal CategoryPaid);
