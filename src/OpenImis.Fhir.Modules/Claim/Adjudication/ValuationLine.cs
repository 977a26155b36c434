namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// A passed claim line as valuation sees it: the quantity (approved, else provided), the unit price (§2.3 step 2),
/// the product line's limitation (F fixed amount per unit, C co-insurance percentage) and whether the product
/// excludes it from the ceiling for this patient and visit.
/// </summary>
internal sealed record ValuationLine(decimal Quantity, decimal UnitPrice, string? Limitation, decimal? LimitationValue, bool CeilingExcluded);
