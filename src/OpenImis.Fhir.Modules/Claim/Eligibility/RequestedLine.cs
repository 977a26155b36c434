namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// The requested item or service under one policy: whether the product covers it, its count limit and waiting period
/// for the insuree's age group, and the quantity the insuree's claims already used inside the coverage window.
/// </summary>
internal sealed record RequestedLine(string Code, bool Covered, int? Limit, int? WaitingMonths, decimal Used, string? ServiceCategory);
